using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Instances;

[Collection(HostCollection.Name)]
public sealed class InstanceEndpointsTests(HostFixture host)
{
    private async Task PublishAsync(string xml)
    {
        var response = await ApiScenario.PublishAsync(await host.SignInAsync("designer"), xml);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_RunsActivitiesInline_AndShowsWhereItWaits()
    {
        await PublishAsync(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:serviceTask id="echo" camunda:type="external" camunda:topic="echo">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="text">${greeting}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:userTask id="check" name="Check echo" camunda:candidateGroups="agent-l1"/>
            """ + Chain("s", "echo", "check"), id: "inst-inline"));
        var agent = await host.SignInAsync("agent1");

        var started = await StartAsync(agent, "inst-inline", new { greeting = "ni hao" }, "CS-I1");

        Assert.Equal("active", started.GetProperty("status").GetString());
        Assert.Equal("NI HAO", started.GetProperty("variables").GetProperty("echo").GetString());
        var token = Assert.Single(started.GetProperty("tokens").EnumerateArray());
        Assert.Equal(("check", "Check echo"), (token.GetProperty("nodeId").GetString(), token.GetProperty("nodeName").GetString()));
        var page = await GetJsonAsync(agent, "/api/instances?definitionKey=inst-inline&waitingAt=check&businessKey=CS-I1");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Start_RollsBackEverything_WhenAnActivityThrows()
    {
        await PublishAsync(Process("""
            <bpmn:startEvent id="s"/><bpmn:serviceTask id="bank" camunda:type="external" camunda:topic="always-fails"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "bank", "e"), id: "inst-rollback"));
        var agent = await host.SignInAsync("agent1");

        var response = await agent.PostAsJsonAsync("/api/instances", new { definitionKey = "inst-rollback", variables = new { } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("bank", problem.GetProperty("elementId").GetString());
        Assert.Contains("core banking is down", problem.GetProperty("title").GetString());
        using var scope = host.Factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Instances.CountAsync(i => i.DefinitionKey == "inst-rollback"));
    }

    [Fact]
    public async Task Start_NamesTheField_WhenDefinitionIsUnknown()
    {
        var agent = await host.SignInAsync("agent1");
        var response = await agent.PostAsJsonAsync("/api/instances", new { definitionKey = "nope", variables = new { } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("definitionKey", (await JsonAsync(response)).GetProperty("field").GetString());
        var missing = await agent.PostAsJsonAsync("/api/instances", new { variables = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Cancel_WithdrawsTasksAndTimers()
    {
        await PublishAsync(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:candidateGroups="agent-l1"/>
            <bpmn:boundaryEvent id="sla" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:endEvent id="late"/>
            """ + Chain("s", "t") + Chain("sla", "late"), id: "inst-cancel"));
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, "inst-cancel")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("agent1")).PostAsync($"/api/instances/{id}/cancel", null)).StatusCode);

        // A reason is required, and journaled: nothing given, blanks and two letters are refused, the instance untouched.
        foreach (var refused in new[] { await manager.PostAsync($"/api/instances/{id}/cancel", null),
                     await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { }),
                     await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "" }),
                     await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "   " }),
                     await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = " no " }) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("reason", (await JsonAsync(refused)).GetProperty("field").GetString());
        }
        Assert.Equal("active", (await GetJsonAsync(manager, $"/api/instances/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "  duplicate request  " })).StatusCode);

        var details = await GetJsonAsync(manager, $"/api/instances/{id}");
        Assert.Equal("cancelled", details.GetProperty("status").GetString());
        Assert.Empty(details.GetProperty("openTasks").EnumerateArray());
        Assert.Empty(details.GetProperty("pendingTimers").EnumerateArray());
        Assert.Contains(details.GetProperty("journal").EnumerateArray(), j => j.GetProperty("kind").GetString() == "InstanceCancelled"
            && j.GetProperty("message").GetString()!.EndsWith("Cancelled by manager: duplicate request") && j.GetProperty("actor").GetString() == "manager");
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "again, please" })).StatusCode);
    }
}
