using System.Net;
using System.Text;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Definitions;

[Collection(HostCollection.Name)]
public sealed class DraftEndpointsTests(HostFixture host)
{
    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    [Fact]
    public async Task Draft_IsSavedAsIs_ReplacedBySaves_AndNeverPublished()
    {
        var designer = await host.SignInAsync("designer");
        var key = "draft-" + Guid.NewGuid().ToString("N")[..8];
        // Not publishable (no start event): a draft keeps work in progress all the same.
        var first = $"<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"{key}\"/></bpmn:definitions>";

        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync($"/api/drafts/{key}", Xml(first))).StatusCode);
        var second = first.Replace("/>", " name=\"Second\"/>");
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsync($"/api/drafts/{key}", Xml(second))).StatusCode);

        Assert.Equal(second, await designer.GetStringAsync($"/api/drafts/{key}"));
        Assert.Contains((await GetJsonAsync(designer, "/api/drafts")).EnumerateArray(), d => d.GetProperty("key").GetString() == key
            && d.GetProperty("savedBy").GetString() == "designer");
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/definitions/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await designer.DeleteAsync($"/api/drafts/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/drafts/{key}")).StatusCode);
    }

    [Fact]
    public async Task BadDrafts_AreRefusedByField_AndAgentsMayNotSaveAny()
    {
        var designer = await host.SignInAsync("designer");
        var agent = await host.SignInAsync("agent1");

        var broken = await designer.PutAsync("/api/drafts/broken", Xml("<bpmn:definitions"));
        var entity = await designer.PutAsync("/api/drafts/entity", Xml("<!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>"));

        Assert.Equal("body", (await JsonAsync(broken)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, entity.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsync("/api/drafts/mine", Xml("<x/>"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/drafts/broken")).StatusCode);
    }
}
