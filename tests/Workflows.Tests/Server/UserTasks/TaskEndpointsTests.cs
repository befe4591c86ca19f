using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.UserTasks;

[Collection(HostCollection.Name)]
public sealed class TaskEndpointsTests(HostFixture host)
{
    private async Task PublishReviewFlowAsync(string key)
    {
        var designer = await host.SignInAsync("designer");
        var response = await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" name="Review" camunda:candidateGroups="agent-l1" camunda:priority="${amount > 100 ? 80 : 20}"/>
            <bpmn:exclusiveGateway id="route" default="done"/><bpmn:userTask id="l2" name="Second look" camunda:candidateGroups="agent-l2"/><bpmn:endEvent id="done_end"/>
            """ + Chain("s", "review", "route") + Flow("toL2", "route", "l2", "${escalate}") + Flow("done", "route", "done_end") + Chain("l2", "done_end"), id: key));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> TaskOfAsync(HttpClient client, Guid instance) =>
        (await GetJsonAsync(client, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single();

    [Fact]
    public async Task Complete_MovesInstanceOn_AndJournalsAssignmentAndCompletion()
    {
        await PublishReviewFlowAsync("tasks-happy");
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "tasks-happy", new { amount = 500 }, "CS-T1")).GetProperty("id").GetGuid();
        var task = await TaskOfAsync(agent, instance);
        Assert.Equal(80, task.GetProperty("priority").GetInt32());
        var id = task.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        var done = await agent.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { escalate = false } });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("completed", details.GetProperty("status").GetString());
        var journal = details.GetProperty("journal").EnumerateArray().Select(j => (j.GetProperty("kind").GetString(), j.GetProperty("actor").GetString())).ToList();
        Assert.Contains(("TaskAssigned", "agent1"), journal);
        Assert.Contains(("TaskCompleted", "agent1"), journal);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"/api/tasks/{id}/complete", new { })).StatusCode);
    }

    [Fact]
    public async Task Tasks_AreVisibleOnlyToTheirGroups()
    {
        await PublishReviewFlowAsync("tasks-groups");
        var l1 = await host.SignInAsync("agent1");
        var instance = (await StartAsync(l1, "tasks-groups", new { amount = 1 })).GetProperty("id").GetGuid();
        var id = (await TaskOfAsync(l1, instance)).GetProperty("id").GetGuid();

        var l2 = await host.SignInAsync("agent2");
        Assert.Empty((await GetJsonAsync(l2, $"/api/tasks?instanceId={instance}")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await l2.PostAsJsonAsync($"/api/tasks/{id}/complete", new { })).StatusCode);

        await l1.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { escalate = true } });
        var l2Task = await TaskOfAsync(l2, instance);
        Assert.Equal("l2", l2Task.GetProperty("nodeId").GetString());
    }

    [Fact]
    public async Task Complete_Is409_WhenSomeoneElseClaimedIt()
    {
        await PublishReviewFlowAsync("tasks-claimed");
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "tasks-claimed", new { amount = 1 })).GetProperty("id").GetGuid();
        var id = (await TaskOfAsync(agent, instance)).GetProperty("id").GetGuid();
        var manager = await host.SignInAsync("manager");
        await manager.PostAsJsonAsync($"/api/tasks/{id}/assign", new { userName = "someone-else" });

        var response = await agent.PostAsJsonAsync($"/api/tasks/{id}/complete", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("someone-else", (await JsonAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Complete_RejectsFailingStep_WithProblemNamingTheElement_AndKeepsTaskOpen()
    {
        await PublishReviewFlowAsync("tasks-failing");
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "tasks-failing", new { amount = 1 })).GetProperty("id").GetGuid();
        var id = (await TaskOfAsync(agent, instance)).GetProperty("id").GetGuid();

        // escalate is not a boolean: the gateway's condition fails and the whole step rolls back.
        var response = await agent.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { escalate = "maybe" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("toL2", (await JsonAsync(response)).GetProperty("elementId").GetString());
        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("review", details.GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        Assert.False(details.GetProperty("variables").TryGetProperty("escalate", out _));
    }

    [Fact]
    public async Task Delegate_HandsTaskOver_AndResolveGivesItBackToTheOwner()
    {
        await PublishReviewFlowAsync("tasks-delegate");
        var owner = await host.SignInAsync("agent1");
        var instance = (await StartAsync(owner, "tasks-delegate", new { amount = 1 })).GetProperty("id").GetGuid();
        var id = (await TaskOfAsync(owner, instance)).GetProperty("id").GetGuid();
        await owner.PostAsync($"/api/tasks/{id}/claim", null);

        var delegated = await JsonAsync(await owner.PostAsJsonAsync($"/api/tasks/{id}/delegate", new { userName = "manager" }));
        Assert.Equal(("manager", "agent1", "pending"), (delegated.GetProperty("assignee").GetString(), delegated.GetProperty("owner").GetString(), delegated.GetProperty("delegationState").GetString()));
        var manager = await host.SignInAsync("manager");
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/tasks/{id}/complete", new { })).StatusCode);

        var resolved = await JsonAsync(await manager.PostAsync($"/api/tasks/{id}/resolve", null));
        Assert.Equal(("agent1", "resolved"), (resolved.GetProperty("assignee").GetString(), resolved.GetProperty("delegationState").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { escalate = false } })).StatusCode);
    }
}
