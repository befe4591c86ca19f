using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Activities;

[Collection(HostCollection.Name)]
public sealed class ActivityEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task Activities_ListsDescriptors_AndElementTemplatesBindTheTopic()
    {
        var designer = await host.SignInAsync("designer");

        var activities = await GetJsonAsync(designer, "/api/activities");
        var echo = activities.EnumerateArray().Single(a => a.GetProperty("topic").GetString() == "echo");
        Assert.Equal("ECHO_REFUSED", echo.GetProperty("errorCodes")[0].GetProperty("code").GetString());
        Assert.Equal("text", echo.GetProperty("inputs")[0].GetProperty("name").GetString());

        var templates = await GetJsonAsync(designer, "/api/element-templates");
        var template = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "workflows.echo");
        var bindings = template.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("binding")).ToList();
        Assert.Contains(bindings, b => b.TryGetProperty("name", out var n) && n.GetString() == "camunda:topic");
        Assert.Contains(template.GetProperty("properties").EnumerateArray(), p => p.TryGetProperty("value", out var v) && v.GetString() == "echo");
        Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "camunda:inputParameter" && b.GetProperty("name").GetString() == "text");
        Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "camunda:outputParameter" && b.GetProperty("source").GetString() == "${echo}");
    }
}
