using System.Net;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.DecisionFiles;

namespace Workflows.Tests.Server.Decisions;

/// <summary>Publishing and versioning .dmn files through <c>/api/decisions</c> (issue 22, part 3).</summary>
[Collection(HostCollection.Name)]
public sealed class DecisionEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task Publish_NewFile_IsVersion1_TheSameAgain_IsNoNewVersion_AChange_IsVersion2()
    {
        var designer = await host.SignInAsync("designer");

        var first = await PublishDecisionsAsync(designer, Route("dec-route-versions"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var v1 = Assert.Single((await JsonAsync(first)).EnumerateArray());
        Assert.Equal(("dec-route-versions", 1, "decisionTable"), (v1.GetProperty("key").GetString(), v1.GetProperty("version").GetInt32(), v1.GetProperty("kind").GetString()));

        // The same decisions re-indented by a modeler are no change.
        var again = await PublishDecisionsAsync(designer, Route("dec-route-versions").Replace("><", ">\n  <"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await JsonAsync(again))[0].GetProperty("version").GetInt32());

        var changed = await PublishDecisionsAsync(designer, Route("dec-route-versions", highFrom: "5000"));
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
        Assert.Equal(2, (await JsonAsync(changed))[0].GetProperty("version").GetInt32());

        var versions = await GetJsonAsync(designer, "/api/decisions/dec-route-versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("designer", versions[0].GetProperty("publishedBy").GetString());
        var latest = (await GetJsonAsync(designer, "/api/decisions")).EnumerateArray().Single(d => d.GetProperty("key").GetString() == "dec-route-versions");
        Assert.Equal(2, latest.GetProperty("latestVersion").GetInt32());
        Assert.Equal(Route("dec-route-versions"), await designer.GetStringAsync("/api/decisions/dec-route-versions/versions/1/xml"));
    }

    [Fact]
    public async Task Publish_AtOnceFromSeveralClients_NumbersVersionsWithoutAClash_AndTheSameFileOnce()
    {
        var designer = await host.SignInAsync("designer");

        var changed = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => PublishDecisionsAsync(designer, Route("dec-parallel", highFrom: (1000 * i).ToString()))));
        var same = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ => PublishDecisionsAsync(designer, Route("dec-parallel-same"))));

        Assert.All(changed, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal([4, 3, 2, 1], (await GetJsonAsync(designer, "/api/decisions/dec-parallel")).EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(1, same.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Single((await GetJsonAsync(designer, "/api/decisions/dec-parallel-same")).EnumerateArray());
    }

    [Fact]
    public async Task Publish_AFileWithSeveralDecisions_VersionsEachByItsId()
    {
        var designer = await host.SignInAsync("designer");
        var xml = Route("dec-multi-a").Replace("</definitions>", "") + Dmn.DmnModels.Decision("dec-multi-b", Dmn.DmnModels.Literal("1 + 1")) + "</definitions>";

        var published = await PublishedAsync(designer, xml);

        Assert.Equal([("dec-multi-a", 1, "decisionTable"), ("dec-multi-b", 1, "literalExpression")],
            published.EnumerateArray().Select(d => (d.GetProperty("key").GetString(), d.GetProperty("version").GetInt32(), d.GetProperty("kind").GetString())));
    }

    [Theory]
    [InlineData("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\"><decision id=\"dec-broken\"", "xml.malformed", null)]
    [InlineData("hitPolicy=\"UNIQUE\"|hitPolicy=\"SOMETIMES\"", "table.unknown-hit-policy", "SOMETIMES")]
    [InlineData("&gt;= 1000|&gt;= (1000", "feel.invalid", "large")]
    [InlineData("&quot;urgent&quot;|shout(&quot;urgent&quot;)", "feel.invalid", "shout")]
    public async Task Publish_ABrokenFile_Is400NamingTheProblem_AndSavesNothing(string breakage, string code, string? named)
    {
        var designer = await host.SignInAsync("designer");
        var key = "dec-broken-" + code.Replace('.', '-') + named?.ToLowerInvariant();
        var xml = breakage.Split('|') is [var from, var to] ? Route(key).Replace(from, to) : breakage.Replace("dec-broken", key);

        var response = await PublishDecisionsAsync(designer, xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("decisions.invalid", problem.GetProperty("code").GetString());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("code").GetString() == code);
        if (named is not null) Assert.Contains(named, error.GetProperty("message").GetString() + error.GetProperty("elementId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/decisions/{key}")).StatusCode);
    }

    [Fact]
    public async Task Publish_IsForDesignersAndAdmins_AndADmnFileSentAsAProcess_IsPointedHere()
    {
        var agent = await host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishDecisionsAsync(agent, Route("dec-agent"))).StatusCode);

        var designer = await host.SignInAsync("designer");
        var asProcess = await ApiScenario.PublishAsync(designer, Route("dec-as-process"));

        Assert.Equal(HttpStatusCode.BadRequest, asProcess.StatusCode);
        Assert.Equal("body.dmn", (await JsonAsync(asProcess)).GetProperty("code").GetString());
    }
}
