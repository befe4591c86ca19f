using System.Net.Http.Json;
using Workflows.Tests.SupportFlow;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Cases;

/// <summary>
/// A case closes with its instance however the instance is cancelled: the desk hears it in the cancelling step, not
/// from the manager's endpoint, so the server's own cancel closes it too, and its open task leaves the inbox.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CaseClosingTests(HostFixture host)
{
    [Fact]
    public async Task CancellingTheInstanceThroughTheServersApi_ClosesTheCase_AndEmptiesItsInbox()
    {
        var desk = new SupportScenario(host);
        var (_, phone) = await desk.CustomerAsync("关闭测试");
        var agent = await host.SignInAsync("agent1");
        var opened = await SupportScenario.OpenAsync(agent, new { channel = "phone", customer = new { phone }, subject = "支付失败", description = "付款时提示余额不足" });
        var (caseId, instance) = (opened.GetProperty("case").GetProperty("id").GetGuid(), opened.GetProperty("case").GetProperty("instanceId").GetGuid());
        var task = opened.GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        Assert.Contains((await GetJsonAsync(agent, "/api/inbox?queue=agent-l1&limit=200")).EnumerateArray(), r => r.GetProperty("taskId").GetGuid() == task);

        var manager = await host.SignInAsync("manager");
        (await manager.PostAsJsonAsync($"/api/instances/{instance}/cancel", new { reason = "customer withdrew" })).EnsureSuccessStatusCode();

        var closed = (await SupportScenario.CaseAsync(manager, caseId)).GetProperty("case");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("Cancelled by manager: customer withdrew", closed.GetProperty("resolution").GetString());
        Assert.DoesNotContain((await GetJsonAsync(agent, "/api/inbox?queue=agent-l1&limit=200")).EnumerateArray(), r => r.GetProperty("taskId").GetGuid() == task);
    }
}
