using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Outbox;

[Collection(HostCollection.Name)]
public sealed class OutboxDispatcherTests(HostFixture host)
{
    [Fact]
    public async Task SendTask_WritesOutboxRow_DeliveredOnceAfterCommit()
    {
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:sendTask id="tell" messageRef="m">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="text">Case ${caseId} is resolved</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:sendTask>
            <bpmn:userTask id="wait" camunda:candidateGroups="agent-l1"/>
            """ + Chain("s", "tell", "wait"), """<bpmn:message id="m" name="test-progress"/>""", id: "outbox-send"))).EnsureSuccessStatusCode();
        var agent = await host.SignInAsync("agent1");
        var id = (await StartAsync(agent, "outbox-send", new { caseId = "CS-O1" })).GetProperty("id").GetGuid();

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.InstanceId == id);
        Assert.Equal("message:test-progress", row.Kind);
        Assert.Contains("Case CS-O1 is resolved", row.Payload);
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!host.Outbox.Deliveries.ContainsKey(row.Id) && DateTime.UtcNow < until) await Task.Delay(100);
        await Task.Delay(1500); // a few more dispatcher passes: nothing is sent again

        Assert.Equal(1, host.Outbox.Deliveries[row.Id]);
        Assert.NotNull((await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == row.Id)).DeliveredAt);
    }
}
