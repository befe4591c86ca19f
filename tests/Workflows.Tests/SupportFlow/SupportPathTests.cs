using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.SupportFlow;

/// <summary>The five paths a case takes through the ten steps, on the real database with Hangfire firing the timers.</summary>
[Collection(HostCollection.Name)]
public sealed class SupportPathTests(HostFixture host)
{
    private readonly SupportScenario _desk = new(host);

    private static object Understood(string name, string phone, string category) => new
    {
        capturedName = name, capturedPhoneLast4 = phone[^4..], agentCategory = category, summary = "客户描述的问题已记录",
    };

    private async Task<(HttpClient Agent, Guid CaseId, string Phone)> ResolvedByL1Async(string name, string subject, string description)
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync(name);
        var opened = await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject, description });
        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        await CompleteAsync(agent, caseId, "understand", Understood(name, phone, "payment-failure"));
        await CompleteAsync(agent, caseId, "resolve_l1", new { outcome = "resolved", resolution = "已指导客户充值后重新支付" });
        await CompleteAsync(agent, caseId, "assist", new { customerSucceeded = true });
        return (agent, caseId, phone);
    }

    [Fact]
    public async Task PaymentFailure_ResolvedByL1AtFirstContact_WalksAllTenSteps()
    {
        var (agent, caseId, _) = await ResolvedByL1Async("张伟", "支付失败", "付款时提示余额不足，交易失败");
        var link = await _desk.SurveyLinkAsync(caseId);
        var answer = await host.Factory.CreateClient().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "5" }));
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);

        await WaitUntilAsync(async () => (await CaseAsync(agent, caseId)).GetProperty("case").GetProperty("status").GetString() == "closed", "the case closed");
        var details = await CaseAsync(agent, caseId);
        var record = details.GetProperty("case");
        Assert.Matches(@"^CS-\d{4}-\d{6}$", record.GetProperty("number").GetString());
        Assert.Equal(("payment-failure", "insufficient-balance", "normal"),
            (record.GetProperty("category").GetString(), record.GetProperty("cause").GetString(), record.GetProperty("priority").GetString()));
        Assert.True(record.GetProperty("firstContactResolution").GetBoolean());
        Assert.Equal("l1", record.GetProperty("resolvedBy").GetString());
        Assert.Equal(5, record.GetProperty("csatScore").GetInt32());
        // SLA record: answered before the 10-minute target, resolved within the day, never breached.
        Assert.True(record.GetProperty("firstRespondedAt").GetDateTimeOffset() < record.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("firstResponseBreachedAt").ValueKind);
        Assert.False(record.GetProperty("resolutionBreached").GetBoolean());
        Assert.Empty(details.GetProperty("openTasks").EnumerateArray());

        // Journal: every step of the ten, in the case's timeline.
        foreach (var (node, kind) in new[] { ("understand", "TaskCompleted"), ("verify", "ActivityCompleted"), ("diagnose", "ActivityCompleted"),
                     ("resolve_l1", "TaskCompleted"), ("assist", "TaskCompleted"), ("record", "ActivityCompleted"), ("notify_resolved", "ActivityCompleted"),
                     ("educate", "ActivityCompleted"), ("survey_delay", "TimerFired"), ("survey_answered", "MessageReceived"), ("close", "ActivityCompleted") })
            Assert.Contains(kind, JournalKinds(details, node));
        Assert.Equal(["intake", "survey-answer"], Messages(details, "inbound"));
        Assert.Equal(["notification:case-received", "notification:case-resolved", "education:payment-failed-balance", "survey"], Messages(details, "outbound"));

        // Outbox: every message to the customer went by SMS (a phone contact), in Chinese, and was delivered.
        var outbox = await _desk.OutboxAsync(caseId);
        Assert.All(outbox, o => Assert.Equal("sms", o.Kind));
        Assert.Contains(outbox, o => o.Payload.GetProperty("subject").GetString()!.Contains("已解决"));
        await using var db = await _desk.ServerDbAsync();
        await WaitUntilAsync(async () => !await db.Outbox.AnyAsync(o => o.DeliveredAt == null && o.Kind == "sms"), "the outbox was delivered");
    }

    [Fact]
    public async Task L1MissesFirstResponseSla_SupervisorsAreWarned_AndTheTaskMovesToL2()
    {
        // Warned after 1 s, breached after 10 s: far enough apart that Hangfire fires them in order even on a loaded CI machine.
        await _desk.PolicyAsync("normal", "partner", TimeSpan.FromSeconds(10), warnAt: 0.1);
        var (_, phone) = await _desk.CustomerAsync("Li Na", segment: "partner", language: "en");
        var agent1 = await host.SignInAsync("agent1");
        var agent2 = await host.SignInAsync("agent2");
        var caseId = (await OpenAsync(agent1, new { channel = "phone", customer = new { phone }, subject = "Points missing", description = "My reward points never arrived" }))
            .GetProperty("case").GetProperty("id").GetGuid();

        var moved = await TaskAtAsync(agent2, caseId, "understand_l2", seconds: 40);

        var queue = await GetJsonAsync(agent2, "/api/tasks?group=agent-l2");
        Assert.Contains(queue.EnumerateArray(), t => t.GetProperty("id").GetGuid() == moved);
        var details = await CaseAsync(agent2, caseId);
        Assert.DoesNotContain(details.GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("nodeId").GetString() == "understand");
        var record = details.GetProperty("case");
        Assert.True(record.GetProperty("slaWarnedAt").GetDateTimeOffset() <= record.GetProperty("firstResponseBreachedAt").GetDateTimeOffset());
        Assert.True(record.GetProperty("firstResponseBreachedAt").GetDateTimeOffset() >= record.GetProperty("firstResponseDueAt").GetDateTimeOffset(), "breached before the deadline");
        Assert.Contains("TimerFired", JournalKinds(details, "sla_warning"));
        Assert.Contains("TimerFired", JournalKinds(details, "sla_breached"));
        var manager = await host.SignInAsync("manager");
        var number = record.GetProperty("number").GetString()!;
        Assert.Contains((await GetJsonAsync(manager, "/api/alerts?kind=sla-warning")).EnumerateArray(), a => a.GetProperty("message").GetString()!.Contains(number));
        Assert.Contains(await _desk.OutboxAsync(caseId), o => o.Kind == "team:manager");

        // L2 takes it from here: the case stays with L2 to resolution, which is not first-contact.
        await CompleteAsync(agent2, caseId, "understand_l2", Understood("Li Na", phone, "points-rebates"));
        await CompleteAsync(agent2, caseId, "resolve_l2", new { resolution = "Points re-credited by hand" });
        await CompleteAsync(agent2, caseId, "assist", new { customerSucceeded = true });
        await WaitUntilAsync(async () => (await CaseAsync(agent2, caseId)).GetProperty("case").GetProperty("status").GetString() == "resolved", "the case was resolved");
        record = (await CaseAsync(agent2, caseId)).GetProperty("case");
        Assert.Equal("l2", record.GetProperty("resolvedBy").GetString());
        Assert.False(record.GetProperty("firstContactResolution").GetBoolean());
        Assert.Contains(await _desk.OutboxAsync(caseId), o => KindOf(o.Payload) == "notification:escalated");
    }

    [Fact]
    public async Task StolenAccount_GoesToRisk_AccountIsFrozen_AndTheCustomerIsTold()
    {
        var (customerId, phone) = await _desk.CustomerAsync("王芳");
        var agent1 = await host.SignInAsync("agent1");
        var risk = await host.SignInAsync("risk1");
        var opened = await OpenAsync(agent1, new { channel = "phone", customer = new { phone }, subject = "账号被盗", description = "我的账号被盗了，有人异地登录并盗刷" });
        var record = opened.GetProperty("case");
        var caseId = record.GetProperty("id").GetGuid();
        Assert.Equal("urgent", record.GetProperty("priority").GetString());
        var due = record.GetProperty("firstResponseDueAt").GetDateTimeOffset() - record.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromMinutes(2), due);

        await CompleteAsync(agent1, caseId, "understand", Understood("王芳", phone, "account-security"));
        var riskTask = await TaskAtAsync(risk, caseId, "risk_review");
        Assert.DoesNotContain((await GetJsonAsync(agent1, "/api/tasks?group=risk")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == riskTask);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await agent1.PostAsJsonAsync($"/api/tasks/{riskTask}/complete", new { })).StatusCode);
        await CompleteAsync(risk, caseId, "risk_review", new { freeze = true, riskNotes = "Unauthorized login from a new device" });
        await TaskAtAsync(agent1, caseId, "assist");

        var customer = await GetJsonAsync(agent1, $"/api/customers/{customerId}");
        var account = Assert.Single(customer.GetProperty("customer").GetProperty("accounts").EnumerateArray());
        Assert.Equal("risk1", account.GetProperty("frozenBy").GetString());
        Assert.Equal("Unauthorized login from a new device", account.GetProperty("frozenReason").GetString());
        Assert.True(customer.GetProperty("customer").GetProperty("frozen").GetBoolean());
        var frozen = Assert.Single(await _desk.OutboxAsync(caseId), o => KindOf(o.Payload) == "notification:account-frozen");
        Assert.Contains("冻结", frozen.Payload.GetProperty("body").GetString());
        var details = await CaseAsync(agent1, caseId);
        Assert.Contains("ActivityCompleted", JournalKinds(details, "freeze_account"));
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "risk_review" && e.GetProperty("actor").GetString() == "risk1");
    }

    [Fact]
    public async Task SurveyScoredTwo_ReopensTheCase_AsACallbackTaskForL2()
    {
        var (_, caseId, _) = await ResolvedByL1Async("赵敏", "付款失败", "网络超时，付款失败");
        var link = await _desk.SurveyLinkAsync(caseId);
        var page = await host.Factory.CreateClient().GetStringAsync(link);
        Assert.Contains("满意度调查", page);

        var answer = await host.Factory.CreateClient().PostAsync(link,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "2", ["comment"] = "等了太久" }));
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);

        var agent2 = await host.SignInAsync("agent2");
        var callback = await TaskAtAsync(agent2, caseId, "callback_low_score");
        Assert.Contains((await GetJsonAsync(agent2, "/api/tasks?group=agent-l2")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == callback);
        var record = (await CaseAsync(agent2, caseId)).GetProperty("case");
        Assert.Equal(("reopened", 2, "等了太久"),
            (record.GetProperty("status").GetString(), record.GetProperty("csatScore").GetInt32(), record.GetProperty("csatComment").GetString()));
        // Resolved by L1 at first contact, then reopened by the customer: not a first-contact resolution after all.
        Assert.False(record.GetProperty("firstContactResolution").GetBoolean());
        var again = await host.Factory.CreateClient().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "5" }));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);

        await CompleteAsync(agent2, caseId, "callback_low_score", new { callbackOutcome = "satisfied", callbackNotes = "已回电致歉" });
        await WaitUntilAsync(async () => (await CaseAsync(agent2, caseId)).GetProperty("case").GetProperty("status").GetString() == "closed", "the case closed");
    }

    [Fact]
    public async Task SurveyNeverAnswered_Expires_AndTheCaseCloses()
    {
        var (agent, caseId, _) = await ResolvedByL1Async("孙丽", "支付失败", "提示超过单日限额");
        var link = await _desk.SurveyLinkAsync(caseId);

        await WaitUntilAsync(async () => (await CaseAsync(agent, caseId)).GetProperty("case").GetProperty("status").GetString() == "closed",
            "the survey expired and the case closed", seconds: 30);

        var details = await CaseAsync(agent, caseId);
        Assert.Contains("TimerFired", JournalKinds(details, "survey_expired"));
        Assert.Contains("ActivityCompleted", JournalKinds(details, "record_expiry"));
        Assert.DoesNotContain("MessageReceived", JournalKinds(details, "survey_answered"));
        Assert.Equal(JsonValueKind.Null, details.GetProperty("case").GetProperty("csatScore").ValueKind);
        var lateAnswer = await host.Factory.CreateClient().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "5" }));
        Assert.Equal(System.Net.HttpStatusCode.Gone, lateAnswer.StatusCode);
        var late = await host.Factory.CreateClient().GetAsync(link);
        Assert.Equal(System.Net.HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("过期", await late.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Complaint_GoesToL2_AndGetsACallbackTaskAfterResolution()
    {
        var (_, phone) = await _desk.CustomerAsync("陈静");
        var agent1 = await host.SignInAsync("agent1");
        var agent2 = await host.SignInAsync("agent2");
        var caseId = (await OpenAsync(agent1, new { channel = "phone", customer = new { phone }, subject = "投诉", description = "客服态度很差，我要投诉" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        await CompleteAsync(agent1, caseId, "understand", Understood("陈静", phone, "complaint"));
        await CompleteAsync(agent2, caseId, "resolve_l2", new { resolution = "已致歉并对坐席进行辅导" });
        await CompleteAsync(agent2, caseId, "assist", new { customerSucceeded = true });

        var callback = await TaskAtAsync(agent1, caseId, "callback_scheduled");

        var details = await CaseAsync(agent1, caseId);
        Assert.Contains("TimerFired", JournalKinds(details, "callback_delay"));
        Assert.Contains(details.GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("id").GetGuid() == callback
            && t.GetProperty("candidateGroups").EnumerateArray().Single().GetString() == "agent-l1");
        Assert.Equal("complaint", details.GetProperty("case").GetProperty("category").GetString());
        Assert.Contains("notification:escalated", Messages(details, "outbound"));
    }
}
