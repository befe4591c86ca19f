using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;
using static Workflows.Tests.Support.DecisionFiles;

namespace Workflows.Tests.Server.Decisions;

/// <summary>
/// Business rule tasks on the server (issue 22, part 4): decisions from the repository, each result mapping, bindings,
/// failures as incidents that a retry clears, and the evaluation history on the instance.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BusinessRuleTaskTests(HostFixture host)
{
    private static string Flow(string id, string decision, string attributes) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:businessRuleTask id="decide" camunda:decisionRef="{decision}" camunda:resultVariable="result" {attributes}/>
        <bpmn:userTask id="next"/>
        """ + Chain("s", "decide", "next"), id: id);

    private async Task<(HttpClient Designer, HttpClient Manager)> PublishAsync(string processId, string decision, string attributes, params string[] dmn)
    {
        var designer = await host.SignInAsync("designer");
        foreach (var file in dmn) await PublishedAsync(designer, file);
        var published = await ApiScenario.PublishAsync(designer, Flow(processId, decision, attributes));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return (designer, await host.SignInAsync("manager"));
    }

    [Theory]
    [InlineData("brt-result-list", "resultList", """[{"priority":"high","queue":"agent-l2"}]""")]
    [InlineData("brt-single-result", "singleResult", """{"priority":"high","queue":"agent-l2"}""")]
    public async Task Start_MapsTheTablesResult_AsTheTaskSays_AndRecordsTheEvaluation(string key, string mapping, string expected)
    {
        var (_, manager) = await PublishAsync(key, key + "-route", $"""camunda:mapDecisionResult="{mapping}" """, Route(key + "-route"));

        var instance = await StartAsync(manager, key, new { category = "refund", amount = 1500 });

        // Variables live in jsonb, which keeps a map's keys in its own order: compare the values, not the text.
        var result = instance.GetProperty("variables").GetProperty("result");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, result), result.GetRawText());
        Assert.Equal("next", instance.GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        var evaluation = Assert.Single(instance.GetProperty("decisions").EnumerateArray());
        Assert.Equal(("decide", key + "-route", 1), (evaluation.GetProperty("nodeId").GetString(), evaluation.GetProperty("decisionKey").GetString(),
            evaluation.GetProperty("decisionVersion").GetInt32()));
        Assert.Equal(["large"], evaluation.GetProperty("matchedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("agent-l2", evaluation.GetProperty("outputs")[0].GetProperty("queue").GetString());
        Assert.Contains(evaluation.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("value").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Start_SingleEntry_OfALiteral_AndCollectEntries_OfACollectTable()
    {
        var (_, manager) = await PublishAsync("brt-single-entry", "brt-greeting", """camunda:mapDecisionResult="singleEntry" """, Greeting("brt-greeting"), Tags("brt-tags"));
        var greeted = await StartAsync(manager, "brt-single-entry", new { name = "Han Meimei" });
        Assert.Equal("Hello Han Meimei", greeted.GetProperty("variables").GetProperty("result").GetString());

        var designer = await host.SignInAsync("designer");
        (await ApiScenario.PublishAsync(designer, Flow("brt-collect-entries", "brt-tags", """camunda:mapDecisionResult="collectEntries" """))).EnsureSuccessStatusCode();
        var tagged = await StartAsync(manager, "brt-collect-entries", new { amount = 500 });
        Assert.Equal("""["seen","big"]""", tagged.GetProperty("variables").GetProperty("result").GetRawText());
    }

    [Theory]
    [InlineData("brt-err-entry-outputs", "singleEntry", "{\"category\":\"refund\",\"amount\":5}", "mapDecisionResult 'singleEntry' takes exactly one output")]
    [InlineData("brt-err-result-rules", "singleResult", "{\"amount\":500}", "2 rules ('any', 'big') matched, and mapDecisionResult 'singleResult' takes exactly one")]
    [InlineData("brt-err-type", "singleResult", "{\"category\":\"refund\",\"amount\":\"lots\"}", "rule 'large'")]
    public async Task Start_AResultTheTaskCannotUse_IsAnIncidentAtTheTask_NotAFailedStart(string key, string mapping, string variables, string reason)
    {
        var decision = key.EndsWith("rules") ? key + "-tags" : key + "-route";
        var (_, manager) = await PublishAsync(key, decision, $"""camunda:mapDecisionResult="{mapping}" """,
            key.EndsWith("rules") ? Tags(decision) : Route(decision));

        var instance = await StartAsync(manager, key, JsonDocument.Parse(variables).RootElement);

        Assert.Equal("active", instance.GetProperty("status").GetString());
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Equal(("decide", "FailedDecision"), (incident.GetProperty("nodeId").GetString(), incident.GetProperty("kind").GetString()));
        Assert.Contains($"Decision '{decision}'", incident.GetProperty("message").GetString());
        Assert.Contains(reason, incident.GetProperty("message").GetString());
        Assert.Empty(instance.GetProperty("openTasks").EnumerateArray());
    }

    [Fact]
    public async Task Start_WithVersionBinding_EvaluatesThatVersion_AndDeploymentBinding_TheOneCurrentAtPublication()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Route("brt-bound-route"));
        (await ApiScenario.PublishAsync(designer, Flow("brt-bound-deployment", "brt-bound-route", """camunda:decisionRefBinding="deployment" camunda:mapDecisionResult="singleResult" """))).EnsureSuccessStatusCode();
        (await ApiScenario.PublishAsync(designer, Flow("brt-bound-version", "brt-bound-route", """camunda:decisionRefBinding="version" camunda:decisionRefVersion="1" camunda:mapDecisionResult="singleResult" """))).EnsureSuccessStatusCode();
        (await ApiScenario.PublishAsync(designer, Flow("brt-bound-latest", "brt-bound-route", """camunda:mapDecisionResult="singleResult" """))).EnsureSuccessStatusCode();
        await PublishedAsync(designer, Route("brt-bound-route", highFrom: "5000"));
        var manager = await host.SignInAsync("manager");
        var refund = new { category = "refund", amount = 1500 };

        Assert.Equal("high", (await StartAsync(manager, "brt-bound-version", refund)).GetProperty("variables").GetProperty("result").GetProperty("priority").GetString());
        Assert.Equal("high", (await StartAsync(manager, "brt-bound-deployment", refund)).GetProperty("variables").GetProperty("result").GetProperty("priority").GetString());
        Assert.Equal("normal", (await StartAsync(manager, "brt-bound-latest", refund)).GetProperty("variables").GetProperty("result").GetProperty("priority").GetString());
    }

    [Fact]
    public async Task Start_DeploymentBinding_ADecisionPublishedOnlyAfterTheProcess_IsAnIncidentSayingSo()
    {
        var (designer, manager) = await PublishAsync("brt-late", "brt-late-route", """camunda:decisionRefBinding="deployment" """);
        await PublishedAsync(designer, Route("brt-late-route"));

        var instance = await StartAsync(manager, "brt-late", new { category = "fraud", amount = 10 });

        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Contains("Decision 'brt-late-route' had no version published when this process version was", incident.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Start_DecisionNotDeployed_IsAnIncident_AndPublishingThenRetrying_CompletesTheTask()
    {
        var (designer, manager) = await PublishAsync("brt-missing", "brt-missing-route", """camunda:mapDecisionResult="singleResult" """);
        var instance = await StartAsync(manager, "brt-missing", new { category = "fraud", amount = 10 });
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Contains("Decision 'brt-missing-route' is not deployed", incident.GetProperty("message").GetString());

        await PublishedAsync(designer, Route("brt-missing-route"));
        var retry = await manager.PostAsJsonAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", new { });

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var after = await GetJsonAsync(manager, $"/api/instances/{instance.GetProperty("id").GetGuid()}");
        Assert.Empty(after.GetProperty("incidents").EnumerateArray());
        Assert.Equal("risk", after.GetProperty("variables").GetProperty("result").GetProperty("queue").GetString());
        Assert.Equal(["fraud"], Assert.Single(after.GetProperty("decisions").EnumerateArray()).GetProperty("matchedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(after.GetProperty("journal").EnumerateArray(), j => j.GetProperty("kind").GetString() == "DecisionEvaluated");
    }

    [Fact]
    public async Task Publish_ABusinessRuleTaskWithoutDecision_IsRefusedNamingTheElement()
    {
        var designer = await host.SignInAsync("designer");

        var response = await ApiScenario.PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:businessRuleTask id="decide"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "decide", "e"), id: "brt-no-ref"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal(("decide", "business-rule-task.missing-decision"), (error.GetProperty("elementId").GetString(), error.GetProperty("code").GetString()));
    }
}
