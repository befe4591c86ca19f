using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Manager.Stuck;
using Workflows.Tests.SupportFlow;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Desk.Manager.ManagerScenario;
using static Workflows.Tests.Support.Bpmn;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Desk.Manager;

/// <summary>Every reason a case lands on the manager's stuck list, each produced by the runtime with shortened timers.</summary>
[Collection(HostCollection.Name)]
public sealed class StuckCaseTests(HostFixture host)
{
    private readonly SupportScenario _desk = new(host);

    private async Task<(HttpClient Agent, Guid CaseId, string Phone)> OpenCaseAsync(string name, string segment = "consumer")
    {
        var agent = await host.SignInAsync("agent1");
        var (_, phone) = await _desk.CustomerAsync(name, segment: segment);
        var opened = await OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "支付失败", description = "付款时提示余额不足，交易失败" });
        return (agent, opened.GetProperty("case").GetProperty("id").GetGuid(), phone);
    }

    private static object Understood(string name, string phone) => new
    {
        capturedName = name, capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "客户描述的问题已记录",
    };

    [Fact]
    public async Task FirstResponseMissed_ListsTheCase_AgedFromItsTarget_WithTheTaskToActOn()
    {
        await _desk.PolicyAsync("normal", "vip", TimeSpan.FromSeconds(1));
        var (agent, caseId, _) = await OpenCaseAsync("周杰", "vip");
        var manager = await host.SignInAsync("manager");

        var row = await StuckRowAsync(manager, StuckReasons.FirstResponseBreached, ForCase(caseId));

        var record = (await CaseAsync(agent, caseId)).GetProperty("case");
        Assert.Equal(record.GetProperty("firstResponseDueAt").GetDateTimeOffset(), row.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(record.GetProperty("number").GetString(), row.GetProperty("caseNumber").GetString());
        // Aged from its target: the row can turn up within a tenth of a second of the target passing, when its age
        // still rounds to 0.0, so the age is checked against the clock, not against zero.
        var age = row.GetProperty("ageSeconds").GetDouble();
        var since = row.GetProperty("since").GetDateTimeOffset();
        Assert.InRange(age, 0, (DateTimeOffset.UtcNow - since).TotalSeconds + 1);
        // The row names the task to act on. The breach's own timer moves that task on (to L2) about when the row
        // appears, so the case's open tasks are read before and after the row, and only a pair with no move between
        // them is compared; a row naming the wrong task never settles and fails at the deadline.
        async Task<List<Guid>> OpenTasksAsync() =>
            (await CaseAsync(agent, caseId)).GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        for (var until = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(200))
        {
            var before = await OpenTasksAsync();
            row = await StuckRowAsync(manager, StuckReasons.FirstResponseBreached, ForCase(caseId));
            var after = await OpenTasksAsync();
            if (before.SequenceEqual(after) && after.Contains(row.GetProperty("taskId").GetGuid())) break;
            Assert.True(DateTime.UtcNow < until, $"The row names task {row.GetProperty("taskId")}, the case's open tasks were {string.Join(", ", before)} then {string.Join(", ", after)}.");
        }
        var counts = (await GetJsonAsync(manager, "/api/manager/stuck")).GetProperty("counts");
        Assert.True(counts.GetProperty(StuckReasons.FirstResponseBreached).GetInt32() >= 1);
    }

    [Fact]
    public async Task ResolutionMissed_AfterATimelyFirstResponse_ListsOnlyTheResolutionBreach()
    {
        await _desk.PolicyAsync("normal", "vip", TimeSpan.FromMinutes(5), resolution: TimeSpan.FromSeconds(2));
        var (agent, caseId, phone) = await OpenCaseAsync("吴敏", "vip");
        await CompleteAsync(agent, caseId, "understand", Understood("吴敏", phone));
        var resolveTask = await TaskAtAsync(agent, caseId, "resolve_l1");
        var manager = await host.SignInAsync("manager");

        var row = await StuckRowAsync(manager, StuckReasons.ResolutionBreached, ForCase(caseId));

        Assert.Equal(resolveTask, row.GetProperty("taskId").GetGuid());
        Assert.Equal("resolve_l1", row.GetProperty("nodeId").GetString());
        Assert.DoesNotContain(await StuckItemsAsync(manager, StuckReasons.FirstResponseBreached), ForCase(caseId));
    }

    [Fact]
    public async Task TaskNobodyClaims_IsListedAsUnclaimed_UntilSomeoneTakesIt()
    {
        var (agent, caseId, _) = await OpenCaseAsync("郑洁");
        var manager = await host.SignInAsync("manager");
        var task = await TaskAtAsync(agent, caseId, "understand");

        var row = await StuckRowAsync(manager, StuckReasons.Unclaimed, ForCase(caseId));

        Assert.Equal(task, row.GetProperty("taskId").GetGuid());
        Assert.Contains("agent-l1", row.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.True(row.GetProperty("ageSeconds").GetDouble() >= 2);
        (await agent.PostAsync($"/api/tasks/{task}/claim", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain(await StuckItemsAsync(manager, StuckReasons.Unclaimed), ForCase(caseId));
    }

    [Fact]
    public async Task AFailingStep_WhoseRetriesAreSpent_IsListedAsAnIncident()
    {
        await PublishBankProcessAsync(await host.SignInAsync("designer"));
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, BankProcess, new { bankUp = false })).GetProperty("id").GetGuid();

        var row = await StuckRowAsync(manager, StuckReasons.Incident, ForInstance(id), seconds: 60);

        Assert.Equal("bank", row.GetProperty("nodeId").GetString());
        Assert.Contains("core banking is down", row.GetProperty("what").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("caseId").ValueKind);
        Assert.NotEqual(Guid.Empty, row.GetProperty("incidentId").GetGuid());
    }

    [Fact]
    public async Task AWaitFarLongerThanTheNodeUsuallyTakes_IsASilentStall()
    {
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="wait" name="Bank confirms"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "wait", "e"), definitions: """<bpmn:message id="m" name="bank-confirmed"/>""", id: "manager-stall"))).EnsureSuccessStatusCode();
        var manager = await host.SignInAsync("manager");
        // Two waits that took a moment each: the node's usual wait.
        foreach (var key in new[] { "ST-1", "ST-2" })
        {
            await StartAsync(manager, "manager-stall", businessKey: key);
            await Task.Delay(200);
            (await manager.PostAsJsonAsync("/api/messages", new { name = "bank-confirmed", businessKey = key })).EnsureSuccessStatusCode();
        }
        using (var scope = host.Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<NodeBaselines>().RefreshAsync(CancellationToken.None);
        double usual;
        using (var scope = host.Factory.Services.CreateScope())
        {
            var baseline = await scope.ServiceProvider.GetRequiredService<Workflows.Desk.Database.DeskDbContext>().NodeWaitBaselines
                .SingleAsync(b => b.DefinitionKey == "manager-stall" && b.NodeId == "wait");
            Assert.Equal(2, baseline.Samples);
            Assert.InRange(baseline.P90Seconds, 0.15, 5);
            usual = baseline.P90Seconds;
        }

        var stalled = (await StartAsync(manager, "manager-stall", businessKey: "ST-3")).GetProperty("id").GetGuid();
        var row = await StuckRowAsync(manager, StuckReasons.Stalled, ForInstance(stalled));

        Assert.Equal("wait", row.GetProperty("nodeId").GetString());
        Assert.Equal("Bank confirms", row.GetProperty("what").GetString());
        Assert.Equal(usual, row.GetProperty("usualSeconds").GetDouble(), 3);
        Assert.True(row.GetProperty("ageSeconds").GetDouble() >= Math.Max(usual * 3, 1), "listed before the wait ran three times its usual length");
        Assert.Empty((await GetJsonAsync(manager, $"/api/instances/{stalled}")).GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task CallbackPastItsDueDate_IsListedAsOverdue()
    {
        var (agent, caseId, phone) = await OpenCaseAsync("冯涛", "vip");
        await CompleteAsync(agent, caseId, "understand", Understood("冯涛", phone));
        await CompleteAsync(agent, caseId, "resolve_l1", new { outcome = "resolved", resolution = "已指导客户充值后重新支付" });
        await CompleteAsync(agent, caseId, "assist", new { customerSucceeded = true });
        var link = await _desk.SurveyLinkAsync(caseId);
        var answer = await host.Factory.CreateClient().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "2" }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var manager = await host.SignInAsync("manager");
        var callback = await TaskAtAsync(manager, caseId, "callback_low_score");
        // The callback is due Support:CallbackDue (3 s here) after its task opens, not by the intake's first-response target.
        var task = await GetJsonAsync(manager, $"/api/tasks/{callback}");
        var window = task.GetProperty("dueDate").GetDateTimeOffset() - task.GetProperty("createdAt").GetDateTimeOffset();
        Assert.InRange(window.TotalSeconds, 2, 4);

        var row = await StuckRowAsync(manager, StuckReasons.CallbackOverdue, ForCase(caseId));

        Assert.Equal(callback, row.GetProperty("taskId").GetGuid());
        Assert.Equal(task.GetProperty("dueDate").GetDateTimeOffset(), row.GetProperty("since").GetDateTimeOffset());
        Assert.Contains("agent-l2", row.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task StuckList_IsForManagersOnly_AndNamesABadField()
    {
        var agent = await host.SignInAsync("agent1");
        var manager = await host.SignInAsync("manager");

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().GetAsync("/api/manager/stuck")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/manager/stuck")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/manager/numbers")).StatusCode);
        foreach (var (query, field) in new[] { ("reason=slow", "reason"), ("page=0", "page"), ("pageSize=1000", "pageSize") })
        {
            var response = await manager.GetAsync($"/api/manager/stuck?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
        }
        var all = await GetJsonAsync(manager, "/api/manager/stuck?pageSize=200");
        var ages = all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("since").GetDateTimeOffset()).ToList();
        Assert.Equal(ages.Order().ToList(), ages);
        Assert.Equal(StuckReasons.All.Order(), all.GetProperty("counts").EnumerateObject().Select(c => c.Name).Order());
    }
}
