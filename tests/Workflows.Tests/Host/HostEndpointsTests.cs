using System.Net;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Host;

/// <summary>What the host serves besides the resources: OpenAPI, its UI, health and the Hangfire dashboard.</summary>
[Collection(HostCollection.Name)]
public sealed class HostEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task OpenApi_DescribesTheApi_WithoutSignIn()
    {
        var anonymous = host.Factory.CreateClient();
        var document = await GetJsonAsync(anonymous, "/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/definitions", paths);
        Assert.Contains("/api/tasks/{id}/complete", paths);
        Assert.Contains("/api/messages", paths);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/scalar")).StatusCode);
    }

    [Fact]
    public async Task Health_IsLiveAndReady()
    {
        var anonymous = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await (await anonymous.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HangfireDashboard_IsForAdminsOnly()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("admin")).GetAsync("/hangfire")).StatusCode);
        var agent = await (await host.SignInAsync("agent1")).GetAsync("/hangfire");
        Assert.Contains(agent.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        var anonymous = await host.Factory.CreateClient().GetAsync("/hangfire");
        Assert.Contains(anonymous.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }
}
