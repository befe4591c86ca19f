using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Alerts;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using Workflows.Tests.SupportFlow;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Alerts;

[Collection(HostCollection.Name)]
public sealed class BurstDetectorTests(HostFixture host)
{
    private async Task<int> DetectAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BurstDetector>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FiveCasesOfOneCategory_ForOneMerchant_OpenOneAlert_AndTellTheRiskGroup()
    {
        var agent = await host.SignInAsync("agent1");
        var merchant = "M-" + Random.Shared.Next(100_000, 999_999);
        for (var i = 0; i < 4; i++)
            await SupportScenario.OpenAsync(agent, new
            {
                channel = "chat", customer = new { chat = $"u-{Guid.NewGuid():N}", name = "Buyer " + i }, subject = "扣了两次", description = "同一笔订单重复扣款", merchantRef = merchant,
            });
        await DetectAsync();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<DeskDbContext>().Alerts.AnyAsync(a => a.Scope == "merchant:" + merchant));

        await SupportScenario.OpenAsync(agent, new
        {
            channel = "phone", customer = new { phone = "139" + Random.Shared.Next(10_000_000, 99_999_999), name = "Buyer 5" }, subject = "Charged twice",
            description = "Double charge on one order", merchantRef = merchant,
        });
        await DetectAsync();
        await DetectAsync();

        var risk = await host.SignInAsync("risk1");
        var alerts = (await GetJsonAsync(risk, "/api/alerts?kind=burst")).EnumerateArray().Where(a => a.GetProperty("scope").GetString() == "merchant:" + merchant).ToList();
        var alert = Assert.Single(alerts);
        Assert.Equal("refund-dispute", alert.GetProperty("category").GetString());
        Assert.Equal(5, alert.GetProperty("cases").GetArrayLength());
        await using var check = host.Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<ServerDbContext>();
        Assert.Contains(await db.Outbox.Where(o => o.Kind == "team:risk").Select(o => o.Payload).ToListAsync(), p => p.Contains(merchant));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await agent.GetAsync("/api/alerts")).StatusCode);
    }
}
