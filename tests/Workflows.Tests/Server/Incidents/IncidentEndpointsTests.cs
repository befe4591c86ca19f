using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Timers;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Incidents;

[Collection(HostCollection.Name)]
public sealed class IncidentEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task AsyncActivity_FailingThrice_BecomesIncident_AndRetryReschedulesIt()
    {
        var designer = await host.SignInAsync("designer");
        (await ApiScenario.PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:serviceTask id="bank" camunda:type="external" camunda:topic="always-fails" camunda:asyncBefore="true"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "bank", "e"), id: "incident-async"))).EnsureSuccessStatusCode();
        var manager = await host.SignInAsync("manager");

        // The start commits at the async boundary even though the activity will fail.
        var id = (await StartAsync(manager, "incident-async")).GetProperty("id").GetGuid();

        var incident = await WaitForIncidentAsync(manager, id, TimeSpan.FromSeconds(40));
        Assert.Equal("bank", incident.GetProperty("nodeId").GetString());
        Assert.Equal("FailedJob", incident.GetProperty("kind").GetString());
        Assert.Contains("core banking is down", incident.GetProperty("message").GetString());
        using (var scope = host.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
            Assert.Equal(3, await db.Timers.CountAsync(t => t.InstanceId == id && t.Kind == TimerEntity.ContinuationKind && t.FiredAt != null));
        }

        var agent = await host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", new { retries = 1 })).StatusCode);
        var retry = await manager.PostAsJsonAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", new { retries = 1 });

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", new { })).StatusCode);
        var next = await WaitForIncidentAsync(manager, id, TimeSpan.FromSeconds(20));
        Assert.NotEqual(incident.GetProperty("id").GetGuid(), next.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Timer_WhoseStepFailsThrice_BecomesIncident_NotAHangfireFailure()
    {
        var designer = await host.SignInAsync("designer");
        (await ApiScenario.PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:scriptTask id="score" scriptFormat="javascript"><bpmn:script>throw new Error('scoring service down')</bpmn:script></bpmn:scriptTask>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "wait", "score", "e"), id: "incident-async"))).EnsureSuccessStatusCode();
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, "incident-async")).GetProperty("id").GetGuid();

        var incident = await WaitForIncidentAsync(manager, id, TimeSpan.FromSeconds(40));

        Assert.Equal(("wait", "FailedTimer"), (incident.GetProperty("nodeId").GetString(), incident.GetProperty("kind").GetString()));
        Assert.Contains("scoring service down", incident.GetProperty("message").GetString());
        var details = await GetJsonAsync(manager, $"/api/instances/{id}");
        Assert.Equal("active", details.GetProperty("status").GetString());
        Assert.Equal(2, details.GetProperty("journal").EnumerateArray().Count(j => j.GetProperty("kind").GetString() == "AttemptFailed"));
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        Assert.Equal(3, await db.Timers.CountAsync(t => t.InstanceId == id && t.FiredAt != null));
        Assert.Equal(0, await db.Timers.CountAsync(t => t.InstanceId == id && t.FiredAt == null && t.CancelledAt == null));
    }

    private static async Task<System.Text.Json.JsonElement> WaitForIncidentAsync(HttpClient client, Guid instance, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var open = (await GetJsonAsync(client, "/api/incidents?definitionKey=incident-async")).EnumerateArray()
                .Where(i => i.GetProperty("instanceId").GetGuid() == instance).ToList();
            if (open.Count > 0) return open[0];
            Assert.True(DateTime.UtcNow < until, "no incident appeared in time");
            await Task.Delay(500);
        }
    }
}
