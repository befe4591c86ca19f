using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Host;

/// <summary>The README's first steps publish examples/my-flow.bpmn and start it: the file must exist and run.</summary>
[Collection(HostCollection.Name)]
public sealed class ReadmeExampleTests(HostFixture host)
{
    [Fact]
    public async Task TheReadmesExampleFlow_Publishes_AndRoutesByAmount()
    {
        var readme = await File.ReadAllTextAsync(RepositoryPaths.Of("README.md"));
        Assert.Contains("@examples/my-flow.bpmn", readme);
        var xml = await File.ReadAllTextAsync(RepositoryPaths.Of("examples", "my-flow.bpmn"));

        var published = await PublishAsync(await host.SignInAsync("designer"), xml);

        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");
        var small = await StartAsync(agent, "my-flow", new { amount = 50 });
        Assert.Equal("completed", small.GetProperty("status").GetString());
        var large = await StartAsync(agent, "my-flow", new { amount = 150 });
        Assert.Equal("approve", Assert.Single(large.GetProperty("tokens").EnumerateArray()).GetProperty("nodeId").GetString());
    }
}
