using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Calls;

/// <summary>
/// Phone calls on cases: an agent opens a case from a call (the call logged with it, or nothing written), logs later
/// calls in either direction, and reads them on the case's timeline and in the customer's one history.
/// Cite: issue 20, part 4.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class CallLogTests(PlainDesk desk) : IClassFixture<PlainDesk>
{
    private static string NewNumber() => $"+86 138 {Random.Shared.Next(1000, 9999)} {Random.Shared.Next(1000, 9999)}";

    [Fact]
    public async Task ACaseOpenedFromACall_CarriesTheCall_AndLaterCallsJoinItsTimeline()
    {
        var agent = await desk.AsAsync("agent1");
        var number = NewNumber();
        var opened = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "phone", customer = new { phone = number, name = "钱芳", language = "zh-CN" }, subject = "扫码付款失败", description = "来电：商户扫码时提示交易失败",
            call = new { direction = "inbound", number, durationSeconds = 252, notes = "客户在超市扫码失败两次，已核实身份" },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await JsonAsync(opened)).GetProperty("case").GetProperty("id").GetGuid();

        var callBack = await agent.PostAsJsonAsync($"/api/cases/{caseId}/calls",
            new { direction = "outbound", number = number.Replace(" ", "-"), durationSeconds = 61, notes = "回电告知：银行侧已恢复，请重试" });
        Assert.Equal(HttpStatusCode.Created, callBack.StatusCode);
        var logged = await JsonAsync(callBack);
        Assert.Equal(("outbound", Digits(number), 61, "agent1"),
            (logged.GetProperty("direction").GetString(), logged.GetProperty("number").GetString(), logged.GetProperty("durationSeconds").GetInt32(),
             logged.GetProperty("agent").GetString()));

        var calls = (await GetJsonAsync(agent, $"/api/cases/{caseId}/calls")).EnumerateArray().ToList();
        Assert.Equal(["inbound", "outbound"], calls.Select(c => c.GetProperty("direction").GetString()));
        Assert.Equal([252, 61], calls.Select(c => c.GetProperty("durationSeconds").GetInt32()));
        // The first call started 252 s before it was logged: it comes before the call back.
        Assert.True(calls[0].GetProperty("startedAt").GetDateTimeOffset() < calls[1].GetProperty("startedAt").GetDateTimeOffset());

        var timeline = (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
        var onTimeline = timeline.Where(e => e.GetProperty("kind").GetString() == "call").ToList();
        Assert.Equal(2, onTimeline.Count);
        Assert.All(onTimeline, e => Assert.Equal("phone", e.GetProperty("channel").GetString()));
        Assert.Contains(onTimeline, e => e.GetProperty("text").GetString() == "回电告知：银行侧已恢复，请重试"
            && e.GetProperty("call").GetProperty("durationSeconds").GetInt32() == 61 && e.GetProperty("call").GetProperty("number").GetString() == Digits(number));
        // Entries that are not calls carry no call.
        Assert.All(timeline.Where(e => e.GetProperty("kind").GetString() != "call"),
            e => Assert.True(!e.TryGetProperty("call", out var c) || c.ValueKind == JsonValueKind.Null));

        var customerId = (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("customer").GetProperty("id").GetGuid();
        var history = (await GetJsonAsync(agent, $"/api/customers/{customerId}")).GetProperty("messages").EnumerateArray();
        Assert.Equal(2, history.Count(m => m.GetProperty("kind").GetString() == "call"));
    }

    [Theory]
    [InlineData("sideways", "+86 138 0000 0000", 60, "direction", "call.direction.unknown")]
    [InlineData("inbound", "call me", 60, "number", "call.number.invalid")]
    [InlineData("inbound", "12", 60, "number", "call.number.invalid")]
    [InlineData("inbound", "+86 138 0000 0000", -1, "durationSeconds", "call.duration.invalid")]
    [InlineData("inbound", "+86 138 0000 0000", 50_000, "durationSeconds", "call.duration.invalid")]
    public async Task ABadCall_IsRefusedNamingItsField_AndNothingIsWritten(string direction, string number, int seconds, string field, string code)
    {
        var agent = await desk.AsAsync("agent1");
        var phone = NewNumber();
        var refusedIntake = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "phone", customer = new { phone, name = "孙伟" }, subject = "转账未到账", description = "来电询问转账",
            call = new { direction, number, durationSeconds = seconds },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refusedIntake.StatusCode);
        var problem = await JsonAsync(refusedIntake);
        Assert.Equal(("call." + field, code), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
        // No customer, no case: the call's mistake stopped the whole intake.
        Assert.Equal(0L, await desk.CountAsync($"SELECT count(*) FROM {DeskTables.CustomerContacts} WHERE address = @a", ("a", phone)));

        var caseId = await OpenAsync(agent, phone);
        var refused = await agent.PostAsJsonAsync($"/api/cases/{caseId}/calls", new { direction, number, durationSeconds = seconds, notes = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal((field, code), ((await JsonAsync(refused)).GetProperty("field").GetString(), (await JsonAsync(refused)).GetProperty("code").GetString()));
        Assert.Equal(0, (await GetJsonAsync(agent, $"/api/cases/{caseId}/calls")).GetArrayLength());
    }

    [Fact]
    public async Task OnlyAPhoneCase_OpensWithACall_AndAnUnknownCaseIs404()
    {
        var agent = await desk.AsAsync("agent1");
        var refused = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "email", customer = new { email = $"{Guid.NewGuid():N}@example.cn", name = "周敏" }, subject = "退款", description = "退款进度",
            call = new { direction = "inbound", number = "+86 138 0000 0000", durationSeconds = 30 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("case.call.channel", (await JsonAsync(refused)).GetProperty("code").GetString());
        var unknown = await agent.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/calls", new { direction = "inbound", number = "+86 138 0000 0000", durationSeconds = 30 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<Guid> OpenAsync(HttpClient agent, string phone)
    {
        var opened = await agent.PostAsJsonAsync("/api/cases", new { channel = "phone", customer = new { phone, name = "孙伟" }, subject = "转账未到账", description = "来电询问转账" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await JsonAsync(opened)).GetProperty("case").GetProperty("id").GetGuid();
    }

    private static string Digits(string number) => new([.. number.Where(c => char.IsAsciiDigit(c) || c == '+')]);
}
