using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Support;
using Workflows.Tests.Support;

namespace Workflows.Tests.SupportFlow;

[Collection(HostCollection.Name)]
public sealed class DemoDataTests(HostFixture host)
{
    [Fact]
    public async Task SeedDemo_LeavesFiftyCasesInEveryState_OnceOnly()
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
        await using (var again = host.Factory.Services.CreateAsyncScope())
            await again.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);

        await using var check = host.Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<DeskDbContext>();
        var server = check.ServiceProvider.GetRequiredService<ServerDbContext>();
        var demo = await db.Cases.AsNoTracking().Where(c => c.IdempotencyKey!.StartsWith("demo-")).ToListAsync();
        Assert.Equal(50, demo.Count);
        Assert.Equal(["closed", "new", "open", "resolved", "waiting-customer"], demo.Select(c => c.Status).Distinct().Order());
        Assert.Contains(demo, c => c.Priority == "urgent");
        Assert.Equal(4, demo.Select(c => c.Channel).Distinct().Count());
        var instances = demo.Select(c => c.InstanceId).ToList();
        Assert.Contains(await server.UserTasks.Where(t => instances.Contains(t.InstanceId) && t.Status == "open").Select(t => t.NodeId).Distinct().ToListAsync(),
            node => node == "risk_review");
        Assert.True(await db.Accounts.AnyAsync(a => a.FrozenBy == "risk1"));
    }
}
