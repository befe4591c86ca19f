using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Timers;

/// <summary>Timers on the real cluster, fired by Hangfire running inside the host.</summary>
[Collection(HostCollection.Name)]
public sealed class TimerJobTests(HostFixture host)
{
    [Fact]
    public async Task Hangfire_FiresBoundaryTimer_AndTheInstanceEscalates()
    {
        var designer = await host.SignInAsync("designer");
        var published = await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="answer" camunda:candidateGroups="agent-l1"/>
            <bpmn:boundaryEvent id="sla" attachedToRef="answer"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:userTask id="escalated" camunda:candidateGroups="agent-l2"/>
            """ + Chain("s", "answer") + Chain("sla", "escalated"), id: "timer-sla"));
        Assert.True(published.IsSuccessStatusCode);
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, "timer-sla")).GetProperty("id").GetGuid();

        var openTasks = await WaitForAsync(manager, id, tasks => tasks.Contains("escalated"), TimeSpan.FromSeconds(20));

        Assert.Equal(["escalated"], openTasks);
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        var timer = await db.Timers.AsNoTracking().SingleAsync(t => t.InstanceId == id);
        Assert.NotNull(timer.JobId);
        Assert.NotNull(timer.FiredAt);
        Assert.True(timer.FiredAt >= timer.DueAt, $"fired {timer.DueAt - timer.FiredAt} before due"); // Hangfire schedules in whole seconds
        Assert.True(timer.FiredAt!.Value - timer.DueAt < TimeSpan.FromSeconds(3), $"fired {timer.FiredAt - timer.DueAt} after due");
        Assert.Equal(1, await db.Journal.CountAsync(j => j.InstanceId == id && j.Kind == "TimerFired"));
    }

    [Fact]
    public async Task TimerJob_DoesNothing_ForACancelledTimer()
    {
        var designer = await host.SignInAsync("designer");
        await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="answer" camunda:candidateGroups="agent-l1"/>
            <bpmn:boundaryEvent id="sla" attachedToRef="answer"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:userTask id="escalated" camunda:candidateGroups="agent-l2"/>
            """ + Chain("s", "answer") + Chain("sla", "escalated"), id: "timer-stale"));
        var agent = await host.SignInAsync("agent1");
        var id = (await StartAsync(agent, "timer-stale")).GetProperty("id").GetGuid();
        var task = (await GetJsonAsync(agent, $"/api/tasks?instanceId={id}"))[0].GetProperty("id").GetGuid();
        (await agent.PostAsync($"/api/tasks/{task}/complete", null)).EnsureSuccessStatusCode();

        await Task.Delay(TimeSpan.FromSeconds(3));

        var details = await GetJsonAsync(agent, $"/api/instances/{id}");
        Assert.Equal("completed", details.GetProperty("status").GetString());
        using var scope = host.Factory.Services.CreateScope();
        var timer = await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Timers.AsNoTracking().SingleAsync(t => t.InstanceId == id);
        Assert.NotNull(timer.CancelledAt);
        Assert.Null(timer.FiredAt);
    }

    private static async Task<List<string>> WaitForAsync(HttpClient client, Guid id, Func<List<string>, bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var tasks = (await GetJsonAsync(client, $"/api/instances/{id}")).GetProperty("openTasks").EnumerateArray()
                .Select(t => t.GetProperty("nodeId").GetString()!).ToList();
            if (done(tasks) || DateTime.UtcNow > until) return tasks;
            await Task.Delay(250);
        }
    }
}
