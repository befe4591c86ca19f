using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.SupportFlow;

/// <summary>Intake and the case API: idempotency, every bad input named by field, and nothing half-written.</summary>
[Collection(HostCollection.Name)]
public sealed class CaseEndpointsTests(HostFixture host)
{
    private readonly SupportScenario _desk = new(host);

    private async Task<long> RepliesAsync(Guid caseId)
    {
        await using var db = await _desk.DbAsync();
        return await db.CaseMessages.LongCountAsync(m => m.CaseId == caseId && m.Direction == "inbound");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(body) };
        if (key is not null) message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(message);
    }

    [Fact]
    public async Task SameIdempotencyKey_ReturnsTheSameCase_With200()
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("周杰");
        var key = Guid.NewGuid().ToString();
        var body = new { channel = "wechat", customer = new { phone }, subject = "积分没到账", description = "上周的积分还没有到账" };

        var first = await PostAsync(agent, body, key);
        var again = await PostAsync(agent, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var id = (await JsonAsync(first)).GetProperty("case").GetProperty("id").GetGuid();
        Assert.Equal(id, (await JsonAsync(again)).GetProperty("case").GetProperty("id").GetGuid());
        await using var db = await _desk.DbAsync();
        Assert.Equal(1, await db.Cases.CountAsync(c => c.IdempotencyKey == key));
        Assert.Equal("points-rebates", (await db.Cases.SingleAsync(c => c.Id == id)).Category);
    }

    [Fact]
    public async Task UnknownContact_WithAName_BecomesANewCustomer_WhoseLanguageFollowsTheirWords()
    {
        var agent = await host.SignInAsync("agent1");
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var opened = await OpenAsync(agent, new { channel = "email", customer = new { email, name = "Ada Park" }, subject = "Refund", description = "Where is my refund?" });

        var customer = opened.GetProperty("customer");
        Assert.Equal(("Ada Park", "en", "consumer"), (customer.GetProperty("name").GetString(), customer.GetProperty("language").GetString(), customer.GetProperty("segment").GetString()));
        var byEmail = await OpenAsync(agent, new { channel = "chat", customer = new { email = email.ToUpperInvariant() }, subject = "Again", description = "Still no refund" });
        Assert.Equal(customer.GetProperty("id").GetGuid(), byEmail.GetProperty("customer").GetProperty("id").GetGuid());
        var history = await GetJsonAsync(agent, $"/api/customers/{customer.GetProperty("id").GetGuid()}");
        Assert.Equal(2, history.GetProperty("cases").GetArrayLength());
        Assert.Equal(["chat", "email"], history.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("channel").GetString()).Order());
        await using var db = await _desk.ServerDbAsync();
        var firstCase = opened.GetProperty("case").GetProperty("instanceId").GetGuid();
        Assert.Contains(email, (await db.Outbox.AsNoTracking().FirstAsync(o => o.InstanceId == firstCase)).Payload);
    }

    public static TheoryData<string, string, string?> BadIntakes => new()
    {
        { """{"channel":"phone","subject":"x","description":"y"}""", "customer", null },
        { """{"channel":"fax","customer":{"phone":"13800000000"},"subject":"x","description":"y"}""", "channel", null },
        { """{"channel":"phone","customer":{"phone":"13800000000"},"subject":"x","description":"DESCRIPTION"}""", "description", null },
        { """{"channel":"phone","customer":{"phone":"13800000000"},"subject":"x","description":"y"}""", "Idempotency-Key", "short" },
        { """{"channel":"phone","customer":{"phone":"13800000001"},"subject":"x","description":"y"}""", "customer.name", null },
        { """{"channel":"phone","customer":{"id":"00000000-0000-0000-0000-000000000001"},"subject":"x","description":"y"}""", "customer.id", null },
        { """{"channel":"phone","customer":{"phone":"13800000000","language":"fr"},"subject":"x","description":"y"}""", "customer.language", null },
        { """{"channel":"phone","customer":{"phone":"13800000000"},"subject":"","description":"y"}""", "subject", null },
        { """{"channel":"phone","customer":{"phone":"13800000000"},"subject":"x","description":"y","priority":"whenever"}""", "priority", null },
    };

    /// <summary>Rows a bad intake could have left: its customer's contact points, its case, its message (other tests' timers keep writing elsewhere).</summary>
    private async Task<(long Contacts, long Cases, long Messages)> TracesAsync()
    {
        await using var db = await _desk.DbAsync();
        string[] phones = ["13800000000", "13800000001"];
        return (await db.CustomerContacts.LongCountAsync(c => phones.Contains(c.Address)),
            await db.Cases.LongCountAsync(c => c.Subject == "x" || c.Description == "y" || c.Description.StartsWith("长长")),
            await db.CaseMessages.LongCountAsync(m => m.Body == "y" || m.Body.StartsWith("长长")));
    }

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task BadIntake_IsProblemDetailsNamingTheField_AndWritesNothing(string json, string field, string? key)
    {
        var agent = await host.SignInAsync("agent1");
        json = json.Replace("DESCRIPTION", new string('长', 1_048_576));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await agent.SendAsync(request);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
        Assert.Equal((0, 0, 0), await TracesAsync());
    }

    [Fact]
    public async Task ReplyToAClosedCase_Is409NamingTheCase_AndIsNotStored()
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("钱多多");
        var caseId = (await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "退款", description = "退款没到" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        await using (var db = await _desk.DbAsync())
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, "closed"));
        var before = await RepliesAsync(caseId);

        var reply = await agent.PostAsJsonAsync($"/api/cases/{caseId}/messages", new { channel = "phone", body = "还是没收到" });

        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        Assert.Equal("caseId", (await JsonAsync(reply)).GetProperty("field").GetString());
        Assert.Equal(before, await RepliesAsync(caseId));
        var unknownChannel = await agent.PostAsJsonAsync($"/api/cases/{caseId}/messages", new { channel = "pigeon", body = "hi" });
        Assert.Equal("channel", (await JsonAsync(unknownChannel)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task TheUnderstandForm_OpensWithTheCustomersName_ButNotTheIdentityCheck()
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("林晓");
        var opened = await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "积分没到账", description = "积分没有到账" });
        var task = await TaskAtAsync(agent, opened.GetProperty("case").GetProperty("id").GetGuid(), "understand");

        var data = (await GetJsonAsync(agent, $"/api/tasks/{task}/form")).GetProperty("data");

        Assert.Equal("林晓", data.GetProperty("capturedName").GetString());
        Assert.False(data.TryGetProperty("capturedPhoneLast4", out var last4) && last4.ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task SuggestedArticles_AreNamedByTheirTitles_InTheCustomersLanguage()
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("韩梅");
        var opened = await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "退款没到账", description = "上周的退款还没有到账" });
        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        await CompleteAsync(agent, caseId, "understand", new { capturedName = "韩梅", capturedPhoneLast4 = phone[^4..], agentCategory = "refund-dispute", summary = "退款未到账" });

        var suggested = new List<(string Slug, string Title)>();
        await WaitUntilAsync(async () =>
        {
            suggested = (await CaseAsync(agent, caseId)).GetProperty("suggested").EnumerateArray()
                .Select(a => (a.GetProperty("slug").GetString()!, a.GetProperty("title").GetString()!)).ToList();
            return suggested.Count > 0;
        }, "diagnose suggested articles");

        Assert.Contains(("refund-timeline", "退款到账时间"), suggested);
        Assert.All(suggested, a => Assert.NotEqual(a.Slug, a.Title));
    }

    [Fact]
    public async Task CustomerReply_ResumesTheFlowWaitingForIt_AndPausesTheResolutionClock()
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("李雷");
        var opened = await OpenAsync(agent, new { channel = "wechat", customer = new { phone }, subject = "支付失败", description = "付不了款" });
        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        var due = opened.GetProperty("case").GetProperty("resolutionDueAt").GetDateTimeOffset();
        await CompleteAsync(agent, caseId, "understand", new { capturedName = "李雷", capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "付款失败" });
        await CompleteAsync(agent, caseId, "resolve_l1", new { outcome = "need-info", question = "请提供交易截图" });
        Assert.Equal("waiting-customer", (await CaseAsync(agent, caseId)).GetProperty("case").GetProperty("status").GetString());
        await Task.Delay(1000);

        var reply = await agent.PostAsJsonAsync($"/api/cases/{caseId}/messages", new { channel = "wechat", body = "截图已发送" });

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.True((await JsonAsync(reply)).GetProperty("reachedFlow").GetBoolean());
        await TaskAtAsync(agent, caseId, "resolve_l1");
        var details = await CaseAsync(agent, caseId);
        Assert.Equal("open", details.GetProperty("case").GetProperty("status").GetString());
        Assert.True(details.GetProperty("case").GetProperty("resolutionDueAt").GetDateTimeOffset() >= due.AddSeconds(1), "the clock paused while waiting");
        Assert.Equal(["intake", "reply"], Messages(details, "inbound"));
        Assert.Contains("notification:need-info", Messages(details, "outbound"));
    }

    [Fact]
    public async Task KnowledgeBase_FindsChineseAndEnglish_ByWordsAndWordForms()
    {
        var agent = await host.SignInAsync("agent1");

        var chinese = await GetJsonAsync(agent, "/api/kb?q=" + Uri.EscapeDataString("退款"));
        var english = await GetJsonAsync(agent, "/api/kb?q=refund&language=en");

        Assert.Contains(chinese.EnumerateArray(), a => a.GetProperty("slug").GetString() == "refund-timeline" && a.GetProperty("language").GetString() == "zh-CN");
        Assert.All(english.EnumerateArray(), a => Assert.Equal("en", a.GetProperty("language").GetString()));
        Assert.Contains(english.EnumerateArray(), a => a.GetProperty("slug").GetString() == "refund-timeline");
        // A question typed as a sentence, Chinese without spaces: jieba finds 退款 and 到账 in it, the answer comes first.
        var question = await GetJsonAsync(agent, "/api/kb?q=" + Uri.EscapeDataString("我的退款什么时候到账") + "&language=zh-CN");
        Assert.Equal("refund-timeline", question[0].GetProperty("slug").GetString());
        // English word forms: "declined" finds the article tagged bank-decline.
        var declined = await GetJsonAsync(agent, "/api/kb?q=declined&language=en");
        Assert.Contains(declined.EnumerateArray(), a => a.GetProperty("slug").GetString() == "payment-network");
        // Any of the words: two topics, both found.
        var both = (await GetJsonAsync(agent, "/api/kb?q=" + Uri.EscapeDataString("退款 积分") + "&language=zh-CN")).EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList();
        Assert.Contains("refund-timeline", both);
        Assert.Contains("points-and-rebates", both);
        Assert.Empty((await GetJsonAsync(agent, "/api/kb?q=zzqqxx")).EnumerateArray());
    }

    [Fact]
    public async Task DesignerCannotOpenCases_AndOnlyOperatorsReadTheOutbox()
    {
        var designer = await host.SignInAsync("designer");
        var agent = await host.SignInAsync("agent1");
        var manager = await host.SignInAsync("manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().GetAsync("/api/kb?q=x")).StatusCode);
    }
}
