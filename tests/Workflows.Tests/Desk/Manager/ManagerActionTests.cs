using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Desk.Manager.Stuck;
using Workflows.Tests.SupportFlow;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Desk.Manager.ManagerScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Desk.Manager;

/// <summary>What a manager does about a stuck case; each action is journaled with the manager's name.</summary>
[Collection(HostCollection.Name)]
public sealed class ManagerActionTests(HostFixture host)
{
    private readonly SupportScenario _desk = new(host);

    private async Task<(HttpClient Agent, Guid CaseId, Guid TaskId)> UnclaimedCaseAsync(string name)
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync(name);
        var caseId = (await OpenAsync(agent, new { channel = "wechat", customer = new { phone }, subject = "积分未到账", description = "上周的返现积分没有到账" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        return (agent, caseId, await TaskAtAsync(agent, caseId, "understand"));
    }

    private static async Task<JsonElement> JournalEntryAsync(HttpClient manager, Guid instanceId, string kind) =>
        (await GetJsonAsync(manager, $"/api/manager/instances/{instanceId}")).GetProperty("journal").EnumerateArray()
            .Last(j => j.GetProperty("kind").GetString() == kind);

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Reassign_GivesTheTaskToAnAgentOfItsQueue_AndJournalsWhoDidIt()
    {
        var (_, caseId, task) = await UnclaimedCaseAsync("秦岚");
        var manager = await host.SignInAsync("manager");
        var instance = (await CaseAsync(manager, caseId)).GetProperty("case").GetProperty("instanceId").GetGuid();
        // Whom the manager can pick: agents with the queues they work; designers and managers are not agents.
        var agents = (await GetJsonAsync(manager, "/api/manager/agents")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("userName").GetString()!, a => a.GetProperty("queues").EnumerateArray().Select(q => q.GetString()!).ToArray());
        Assert.Equal(["agent-l1"], agents["agent3"]);
        Assert.Equal(["agent-l2"], agents["agent2"]);
        Assert.DoesNotContain("designer", agents.Keys);

        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/reassign", new { userName = "nobody" }), "userName");
        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/reassign", new { userName = "agent2" }), "userName");
        var response = await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/reassign", new { userName = "agent3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("agent3", (await GetJsonAsync(manager, $"/api/tasks/{task}")).GetProperty("assignee").GetString());
        var entry = await JournalEntryAsync(manager, instance, "TaskReassigned");
        Assert.Equal("manager", entry.GetProperty("actor").GetString());
        Assert.Contains("agent3", entry.GetProperty("message").GetString());
        Assert.DoesNotContain(await StuckItemsAsync(manager, StuckReasons.Unclaimed), ForCase(caseId));
    }

    [Fact]
    public async Task Reassign_LeavesABreachOnTheStuckList_UntilTheCustomerIsAnswered()
    {
        await _desk.PolicyAsync("normal", "vip", TimeSpan.FromSeconds(1));
        var agent1 = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync("钱枫", segment: "vip");
        var caseId = (await OpenAsync(agent1, new { channel = "phone", customer = new { phone }, subject = "退款未到账", description = "三天前申请的退款还没有到账" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        var manager = await host.SignInAsync("manager");
        // The breach's own timer hands the case to L2; the manager then gives that task to an L2 agent.
        var task = await TaskAtAsync(manager, caseId, "understand_l2");
        await StuckRowAsync(manager, StuckReasons.FirstResponseBreached, ForCase(caseId));

        (await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/reassign", new { userName = "agent2" })).EnsureSuccessStatusCode();

        var row = Assert.Single(await StuckItemsAsync(manager, StuckReasons.FirstResponseBreached), ForCase(caseId));
        Assert.Equal("agent2", row.GetProperty("assignee").GetString());
        Assert.Contains(await StuckItemsAsync(manager, null), r => ForCase(caseId)(r) && r.GetProperty("reason").GetString() == StuckReasons.FirstResponseBreached);
        var agent2 = await host.SignInAsync("agent2");
        await CompleteAsync(agent2, caseId, "understand_l2", new
        {
            capturedName = "钱枫", capturedPhoneLast4 = phone[^4..], agentCategory = "refund", summary = "退款进度已向客户说明",
        });
        Assert.DoesNotContain(await StuckItemsAsync(manager, StuckReasons.FirstResponseBreached), ForCase(caseId));
    }

    [Fact]
    public async Task Move_PutsTheTaskInAnotherQueue_UnclaimedAndOutOfSightOfTheOldOne()
    {
        var (agent1, caseId, task) = await UnclaimedCaseAsync("邓超");
        (await agent1.PostAsync($"/api/tasks/{task}/claim", null)).EnsureSuccessStatusCode();
        var manager = await host.SignInAsync("manager");
        var agent2 = await host.SignInAsync("agent2");

        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/move", new { queue = "nowhere" }), "queue");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.PostAsJsonAsync($"/api/manager/tasks/{task}/move", new { queue = "agent-l2" })).StatusCode);
        var response = await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/move", new { queue = "agent-l2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await GetJsonAsync(agent2, $"/api/tasks/{task}");
        Assert.Equal(["agent-l2"], moved.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(JsonValueKind.Null, moved.GetProperty("assignee").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.GetAsync($"/api/tasks/{task}")).StatusCode);
        var instance = moved.GetProperty("instanceId").GetGuid();
        var entry = await JournalEntryAsync(manager, instance, "TaskMoved");
        Assert.Equal("manager", entry.GetProperty("actor").GetString());
        Assert.Contains("agent-l1", entry.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/manager/tasks/{Guid.NewGuid()}/move", new { queue = "risk" })).StatusCode);
    }

    [Fact]
    public async Task RetryIncident_WithTheDataFixed_MovesTheInstanceOn_AndJournalsTheManager()
    {
        await PublishBankProcessAsync(await host.SignInAsync("designer"));
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, BankProcess, new { bankUp = false })).GetProperty("id").GetGuid();
        var incident = (await StuckRowAsync(manager, StuckReasons.Incident, ForInstance(id), seconds: 60)).GetProperty("incidentId").GetGuid();

        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/incidents/{incident}/retry", new { retries = 0 }), "retries");
        var response = await manager.PostAsJsonAsync($"/api/manager/incidents/{incident}/retry", new { variables = new { bankUp = true } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The retried step runs on Hangfire, as the failed one did.
        await WaitUntilAsync(async () => (await GetJsonAsync(manager, $"/api/manager/instances/{id}")).GetProperty("openTasks").GetArrayLength() > 0, "the bank check passed");
        var details = await GetJsonAsync(manager, $"/api/manager/instances/{id}");
        Assert.Equal("after", Assert.Single(details.GetProperty("openTasks").EnumerateArray()).GetProperty("nodeId").GetString());
        Assert.Empty(details.GetProperty("incidents").EnumerateArray());
        Assert.True(details.GetProperty("variables").GetProperty("bankUp").GetBoolean());
        var entry = await JournalEntryAsync(manager, id, "IncidentRetried");
        Assert.Equal("manager", entry.GetProperty("actor").GetString());
        Assert.Contains("bankUp", entry.GetProperty("message").GetString());
        Assert.Equal("manager", (await JournalEntryAsync(manager, id, "IncidentResolved")).GetProperty("actor").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/manager/incidents/{incident}/retry", new { })).StatusCode);
        Assert.DoesNotContain(await StuckItemsAsync(manager, StuckReasons.Incident), ForInstance(id));
    }

    [Fact]
    public async Task Cancel_EndsTheInstance_ClosesItsCase_AndTakesItOffTheList()
    {
        var (_, caseId, task) = await UnclaimedCaseAsync("彭丽");
        var manager = await host.SignInAsync("manager");
        var instance = (await CaseAsync(manager, caseId)).GetProperty("case").GetProperty("instanceId").GetGuid();

        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/instances/{instance}/cancel", new { reason = new string('x', 501) }), "reason");
        foreach (var empty in new object[] { new { }, new { reason = "" }, new { reason = "   " }, new { reason = "ok" } })
            await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/manager/instances/{instance}/cancel", empty), "reason");
        var response = await manager.PostAsJsonAsync($"/api/manager/instances/{instance}/cancel", new { reason = "客户重复来电，已合并" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var details = await GetJsonAsync(manager, $"/api/manager/instances/{instance}");
        Assert.Equal("cancelled", details.GetProperty("status").GetString());
        Assert.Empty(details.GetProperty("openTasks").EnumerateArray());
        var entry = await JournalEntryAsync(manager, instance, "InstanceCancelled");
        Assert.Equal("manager", entry.GetProperty("actor").GetString());
        Assert.Contains("客户重复来电", entry.GetProperty("message").GetString());
        Assert.Equal("closed", (await CaseAsync(manager, caseId)).GetProperty("case").GetProperty("status").GetString());
        Assert.DoesNotContain(await StuckItemsAsync(manager, null), ForCase(caseId));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/manager/instances/{instance}/cancel", new { reason = "twice" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/manager/instances/{Guid.NewGuid()}/cancel", new { reason = "nobody" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/manager/tasks/{task}/move", new { queue = "risk" })).StatusCode);
    }
}
