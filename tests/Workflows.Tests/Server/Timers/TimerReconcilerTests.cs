using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Timers;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Timers;

/// <summary>The host died after committing a timer and before giving it to Hangfire: the reconciler heals it once.</summary>
[Collection(HostCollection.Name)]
public sealed class TimerReconcilerTests(HostFixture host)
{
    [Fact]
    public async Task Reconcile_SchedulesOrphanedTimerOnce_AndItFires()
    {
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="after" camunda:candidateGroups="agent-l1"/>
            """ + Chain("s", "wait", "after"), id: "reconcile"))).EnsureSuccessStatusCode();
        var manager = await host.SignInAsync("manager");
        var id = (await StartAsync(manager, "reconcile")).GetProperty("id").GetGuid();

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        // An hour away is beyond the scheduling horizon: the row waits without a Hangfire job.
        Assert.Null((await db.Timers.AsNoTracking().SingleAsync(t => t.InstanceId == id)).JobId);
        // Now it is due (as after an hour, or after a crash between commit and scheduling).
        await db.Timers.Where(t => t.InstanceId == id).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.JobId, (string?)null)
            .SetProperty(t => t.DueAt, DateTimeOffset.UtcNow)
            .SetProperty(t => t.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var reconciler = scope.ServiceProvider.GetRequiredService<TimerReconciler>();

        // The host's own reconciler may get there first; either way the row is scheduled once.
        await reconciler.ReconcileAsync(CancellationToken.None);
        var again = await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(0, again);
        Assert.NotNull((await db.Timers.AsNoTracking().SingleAsync(t => t.InstanceId == id)).JobId);
        var until = DateTime.UtcNow.AddSeconds(15);
        while ((await GetJsonAsync(manager, $"/api/instances/{id}")).GetProperty("openTasks").GetArrayLength() == 0 && DateTime.UtcNow < until)
            await Task.Delay(250);
        Assert.Equal("after", (await GetJsonAsync(manager, $"/api/instances/{id}")).GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        Assert.Equal(1, await db.Journal.CountAsync(j => j.InstanceId == id && j.Kind == "TimerFired"));
    }
}
