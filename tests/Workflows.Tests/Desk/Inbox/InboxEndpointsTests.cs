using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using Workflows.Tests.SupportFlow;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Desk.Inbox;

/// <summary>The agent's inbox, claiming races, replies and articles sent from the task view, and a task's form filled in.</summary>
[Collection(HostCollection.Name)]
public sealed class InboxEndpointsTests(HostFixture host)
{
    private readonly SupportScenario _desk = new(host);

    private async Task<(Guid CaseId, Guid TaskId, string Number)> OpenCaseAsync(HttpClient agent, string priority, string channel = "phone")
    {
        var (_, phone) = await _desk.CustomerAsync("Inbox " + Guid.NewGuid().ToString("N")[..6], segment: "merchant", language: "en");
        var opened = (await OpenAsync(agent, new { channel, customer = new { phone }, subject = "Payment failed", description = "My card payment failed at checkout", priority }))
            .GetProperty("case");
        var caseId = opened.GetProperty("id").GetGuid();
        return (caseId, await TaskAtAsync(agent, caseId, "understand"), opened.GetProperty("number").GetString()!);
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client, string query) =>
        (await GetJsonAsync(client, "/api/inbox?" + query)).EnumerateArray().ToList();

    [Fact]
    public async Task Inbox_ListsTheQueueWithItsCases_MostUrgentSlaFirst_AndFilters()
    {
        var agent = await host.SignInAsync("agent1");
        var normal = await OpenCaseAsync(agent, "normal", channel: "email");
        var urgent = await OpenCaseAsync(agent, "urgent");

        var queue = await InboxAsync(agent, "queue=agent-l1&sort=sla&limit=200");
        var byPriority = await InboxAsync(agent, "queue=agent-l1&sort=priority&limit=200");
        var emailOnly = await InboxAsync(agent, "queue=agent-l1&channel=email&limit=200");

        var ids = queue.Select(r => r.GetProperty("taskId").GetGuid()).ToList();
        Assert.True(ids.IndexOf(urgent.TaskId) < ids.IndexOf(normal.TaskId), "an urgent case's 2-minute SLA comes before a normal one's 10 minutes");
        var row = queue.Single(r => r.GetProperty("taskId").GetGuid() == urgent.TaskId);
        Assert.Equal((urgent.Number, "merchant", "phone", "urgent"), (row.GetProperty("caseNumber").GetString(), row.GetProperty("segment").GetString(),
            row.GetProperty("channel").GetString(), row.GetProperty("priority").GetString()));
        Assert.Equal("payment-failure", row.GetProperty("category").GetString());
        var slaLeft = row.GetProperty("slaDueAt").GetDateTimeOffset() - DateTimeOffset.UtcNow;
        Assert.InRange(slaLeft, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));
        // Tasks of processes without a case (other tests' flows) have no SLA and come last.
        var withSla = queue.TakeWhile(r => r.GetProperty("slaDueAt").ValueKind != JsonValueKind.Null).ToList();
        Assert.All(queue.Skip(withSla.Count), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("slaDueAt").ValueKind));
        var sla = withSla.Select(r => r.GetProperty("slaDueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(sla.Order(), sla);
        var priorities = byPriority.Select(r => r.GetProperty("taskPriority").GetInt32()).ToList();
        Assert.Equal(priorities.OrderDescending(), priorities);
        Assert.All(emailOnly, r => Assert.Equal("email", r.GetProperty("channel").GetString()));
        Assert.Contains(emailOnly, r => r.GetProperty("taskId").GetGuid() == normal.TaskId);
    }

    [Fact]
    public async Task TheSlaClock_IsTheFirstResponseTargetUntilAnswered_ThenTheResolutionTarget()
    {
        var agent = await host.SignInAsync("agent1");
        var (caseId, taskId, number) = await OpenCaseAsync(agent, "normal");
        var record = (await CaseAsync(agent, caseId)).GetProperty("case");
        var first = (await InboxAsync(agent, "queue=agent-l1&limit=200")).Single(r => r.GetProperty("taskId").GetGuid() == taskId);
        Assert.Equal(record.GetProperty("firstResponseDueAt").GetDateTimeOffset(), first.GetProperty("slaDueAt").GetDateTimeOffset());

        await CompleteAsync(agent, caseId, "understand", new { capturedName = "x", summary = "y", agentCategory = "payment-failure" });
        var next = await TaskAtAsync(agent, caseId, "manual_verify");

        var row = (await InboxAsync(agent, "queue=agent-l1&limit=200")).Single(r => r.GetProperty("taskId").GetGuid() == next);
        record = (await CaseAsync(agent, caseId)).GetProperty("case");
        Assert.NotEqual(JsonValueKind.Null, record.GetProperty("firstRespondedAt").ValueKind);
        Assert.Equal(record.GetProperty("resolutionDueAt").GetDateTimeOffset(), row.GetProperty("slaDueAt").GetDateTimeOffset());
        Assert.Equal(number, row.GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task AnL1Agent_NeverSeesRiskTasks_AndMayNotAskForTheRiskQueue()
    {
        var agent = await host.SignInAsync("agent1");
        var risk = await host.SignInAsync("risk1");
        var (_, phone) = await _desk.CustomerAsync("被盗用户", segment: "consumer");
        var caseId = (await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "账号被盗", description = "我的账号被盗了，有人异地登录并盗刷" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        await CompleteAsync(agent, caseId, "understand", new { capturedName = "被盗用户", capturedPhoneLast4 = phone[^4..], agentCategory = "account-security" });
        var riskTask = await TaskAtAsync(risk, caseId, "risk_review");

        Assert.Contains(await InboxAsync(risk, "queue=risk&limit=200"), r => r.GetProperty("taskId").GetGuid() == riskTask);
        Assert.DoesNotContain(await InboxAsync(agent, "limit=200"), r => r.GetProperty("taskId").GetGuid() == riskTask);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/inbox?queue=risk")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/tasks/{riskTask}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync($"/api/tasks/{riskTask}/claim", null)).StatusCode);
        Assert.Equal("sort", (await JsonAsync(await agent.GetAsync("/api/inbox?sort=sideways"))).GetProperty("field").GetString());
    }

    [Fact]
    public async Task TwoAgentsClaimingAtOnce_OneWins_TheOtherIsToldWho()
    {
        var first = await host.SignInAsync("agent1");
        var second = await host.SignInAsync("agent3");
        for (var round = 0; round < 5; round++)
        {
            var (_, taskId, _) = await OpenCaseAsync(first, "normal");

            var answers = await Task.WhenAll(first.PostAsync($"/api/tasks/{taskId}/claim", null), second.PostAsync($"/api/tasks/{taskId}/claim", null));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var lost = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            var winner = (await GetJsonAsync(first, $"/api/tasks/{taskId}")).GetProperty("assignee").GetString();
            Assert.Contains($"already claimed by {winner}", (await JsonAsync(lost)).GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task TheTaskForm_IsFilledWithTheCasesValues_AndRepliesAndArticlesGoOutOnTheCasesChannel()
    {
        var agent = await host.SignInAsync("agent1");
        var (caseId, taskId, _) = await OpenCaseAsync(agent, "normal", channel: "email");

        var form = await GetJsonAsync(agent, $"/api/tasks/{taskId}/form");
        var reply = await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = "We are looking into it." });
        var article = await agent.PostAsJsonAsync($"/api/cases/{caseId}/articles", new { slug = "payment-network" });
        var empty = await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = " " });
        var unknown = await agent.PostAsJsonAsync($"/api/cases/{caseId}/articles", new { slug = "no-such-article" });

        Assert.Equal("understand", form.GetProperty("formKey").GetString());
        Assert.Equal("payment-failure", form.GetProperty("data").GetProperty("agentCategory").GetString());
        Assert.DoesNotContain("caseNumber", form.GetProperty("data").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Created, article.StatusCode);
        Assert.Equal(("email", "agent-reply"), ((await JsonAsync(reply)).GetProperty("channel").GetString(), (await JsonAsync(reply)).GetProperty("kind").GetString()));
        Assert.Equal("body", (await JsonAsync(empty)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var timeline = (await CaseAsync(agent, caseId)).GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "message").ToList();
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == "agent-reply" && e.GetProperty("actor").GetString() == "agent1"
            && e.GetProperty("text").GetString() == "We are looking into it.");
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == "education:payment-network");
        await using var db = await _desk.DbAsync();
        await using var server = await _desk.ServerDbAsync();
        var instance = db.Cases.Single(c => c.Id == caseId).InstanceId;
        Assert.Contains(server.Outbox.Where(o => o.InstanceId == instance).ToList(), o => o.Kind == "email" && o.Payload.Contains("We are looking into it."));
    }
}
