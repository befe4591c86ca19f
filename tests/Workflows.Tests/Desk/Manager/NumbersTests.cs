using System.Net;
using System.Text.Json;
using Workflows.Tests.SupportFlow;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Desk.Manager;

/// <summary>The numbers page's figures: they move with real cases and surveys, add up, and export as the same CSV.</summary>
[Collection(HostCollection.Name)]
public sealed class NumbersTests(HostFixture host)
{
    private static int Count(JsonElement numbers, string dimension, string key) =>
        numbers.GetProperty(dimension).EnumerateArray().Where(t => t.GetProperty("key").GetString() == key).Select(t => t.GetProperty("count").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Numbers_CountTodaysCases_AndTheirSurveys_AndAddUp()
    {
        var manager = await host.SignInAsync("manager");
        var before = await GetJsonAsync(manager, "/api/manager/numbers");
        var desk = new SupportScenario(host);
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await desk.CustomerAsync("蒋欣");
        var caseId = (await OpenAsync(agent, new { channel = "wechat", customer = new { phone }, subject = "支付失败", description = "付款时提示余额不足，交易失败" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        await CompleteAsync(agent, caseId, "understand", new { capturedName = "蒋欣", capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "已记录" });
        await CompleteAsync(agent, caseId, "resolve_l1", new { outcome = "resolved", resolution = "已指导客户充值后重新支付" });
        await CompleteAsync(agent, caseId, "assist", new { customerSucceeded = true });
        var answer = await host.Factory.CreateClient().PostAsync(await desk.SurveyLinkAsync(caseId),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "4" }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var after = await GetJsonAsync(manager, "/api/manager/numbers");

        Assert.Equal(before.GetProperty("cases").GetInt32() + 1, after.GetProperty("cases").GetInt32());
        Assert.Equal(Count(before, "byChannel", "wechat") + 1, Count(after, "byChannel", "wechat"));
        Assert.Equal(Count(before, "csatScores", "4") + 1, Count(after, "csatScores", "4"));
        Assert.Equal(before.GetProperty("resolved").GetInt32() + 1, after.GetProperty("resolved").GetInt32());
        foreach (var dimension in new[] { "byChannel", "byCategory", "byDay" })
            Assert.Equal(after.GetProperty("cases").GetInt32(), after.GetProperty(dimension).EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
        Assert.InRange(after.GetProperty("firstContactResolutionRate").GetDouble(), 0.0001, 1);
        Assert.InRange(after.GetProperty("csatAverage").GetDouble(), 1, 5);
        var firstResponse = after.GetProperty("firstResponse");
        Assert.True(firstResponse.GetProperty("p90Seconds").GetDouble() >= 0 && firstResponse.GetProperty("measured").GetInt32() >= 1);

        var csv = await manager.GetAsync("/api/manager/numbers.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n');
        Assert.Equal("section,key,count,value", lines[0]);
        Assert.Contains($"channel,wechat,{Count(after, "byChannel", "wechat")},", lines);
        Assert.Contains($"csat-score,4,{Count(after, "csatScores", "4")},", lines);
    }

    [Fact]
    public async Task Numbers_ForARangeWithNoCases_AreEmpty_AndABadRangeIsNamed()
    {
        var manager = await host.SignInAsync("manager");

        var empty = await GetJsonAsync(manager, "/api/manager/numbers?from=2020-01-01&to=2020-01-31");

        Assert.Equal(0, empty.GetProperty("cases").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("firstContactResolutionRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("firstResponse").GetProperty("meanSeconds").ValueKind);
        Assert.Empty(empty.GetProperty("byDay").EnumerateArray());
        foreach (var (query, field) in new[] { ("from=2026-13-01", "from"), ("to=yesterday", "to"), ("from=2026-11-20&to=2026-11-01", "from"), ("from=2020-01-01&to=2026-01-01", "from") })
        {
            var response = await manager.GetAsync($"/api/manager/numbers?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
        }
    }
}
