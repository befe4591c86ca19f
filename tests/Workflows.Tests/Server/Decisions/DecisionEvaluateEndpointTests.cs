using System.Net;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.DecisionFiles;

namespace Workflows.Tests.Server.Decisions;

/// <summary><c>POST /api/decisions/{key}/evaluate</c> (issue 22, part 3): results, errors, versions, who may, and history.</summary>
[Collection(HostCollection.Name)]
public sealed class DecisionEvaluateEndpointTests(HostFixture host)
{
    [Fact]
    public async Task Evaluate_Unique_AnswersTheMatchedRulesOutputs_AndKeepsHistory()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Route("eval-unique"));
        var manager = await host.SignInAsync("manager");

        var response = await EvaluateAsync(manager, "eval-unique", new { category = "refund", amount = 1500 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.Equal("""[{"priority":"high","queue":"agent-l2"}]""", result.GetProperty("results").GetRawText());
        Assert.Equal(["large"], result.GetProperty("matchedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var history = Assert.Single((await GetJsonAsync(manager, "/api/decisions/eval-unique/evaluations")).EnumerateArray());
        Assert.Equal(("manager", "large"), (history.GetProperty("evaluatedBy").GetString(), history.GetProperty("matchedRules")[0].GetString()));
        Assert.Equal(1500, history.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("expression").GetString() == "amount").GetProperty("value").GetInt32());
        Assert.Equal("agent-l2", history.GetProperty("outputs")[0].GetProperty("queue").GetString());
    }

    [Fact]
    public async Task Evaluate_CollectSum_AnswersOneMapWithTheSum()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Fees("eval-fees"));

        var result = await JsonAsync(await EvaluateAsync(designer, "eval-fees", new { amount = 500 }));

        Assert.Equal(3.5m, Assert.Single(result.GetProperty("results").EnumerateArray()).GetProperty("fee").GetDecimal());
        Assert.Equal(["base", "over100"], result.GetProperty("matchedRules").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Evaluate_ALiteralExpression_AnswersItsVariable()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Greeting("eval-greeting"));

        var result = await JsonAsync(await EvaluateAsync(designer, "eval-greeting", new { name = "李雷" }));

        Assert.Equal("""[{"eval-greeting":"Hello 李雷"}]""", result.GetProperty("results").GetRawText());
    }

    [Fact]
    public async Task Evaluate_AnOlderVersion_ByNumber()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Route("eval-versions"));
        await PublishedAsync(designer, Route("eval-versions", highFrom: "5000"));

        var latest = await JsonAsync(await EvaluateAsync(designer, "eval-versions", new { category = "refund", amount = 1500 }));
        var first = await JsonAsync(await EvaluateAsync(designer, "eval-versions", new { category = "refund", amount = 1500 }, version: 1));

        Assert.Equal((2, "small"), (latest.GetProperty("version").GetInt32(), latest.GetProperty("matchedRules")[0].GetString()));
        Assert.Equal((1, "large"), (first.GetProperty("version").GetInt32(), first.GetProperty("matchedRules")[0].GetString()));
        var missing = await EvaluateAsync(designer, "eval-versions", new { }, version: 9);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("version", (await JsonAsync(missing)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Evaluate_AnUnknownKey_Is404NamingTheKey()
    {
        var manager = await host.SignInAsync("manager");

        var response = await EvaluateAsync(manager, "eval-no-such-decision", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Contains("eval-no-such-decision", problem.GetProperty("title").GetString());
        Assert.Equal("decision", problem.GetProperty("params").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Evaluate_AStringWhereANumberIsCompared_Is422NamingDecisionRuleAndExpression_AndKeepsNoHistory()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Route("eval-type-error"));

        var response = await EvaluateAsync(designer, "eval-type-error", new { category = "refund", amount = "lots" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("decision.evaluation-failed", problem.GetProperty("code").GetString());
        Assert.Equal("eval-type-error", problem.GetProperty("decisionId").GetString());
        Assert.Contains("rule 'large'", problem.GetProperty("location").GetString());
        Assert.Contains("string", problem.GetProperty("detail").GetString());
        Assert.Empty((await GetJsonAsync(designer, "/api/decisions/eval-type-error/evaluations")).EnumerateArray());
    }

    [Fact]
    public async Task Evaluate_IsForManagersDesignersAndAdmins()
    {
        var designer = await host.SignInAsync("designer");
        await PublishedAsync(designer, Greeting("eval-roles"));
        var agent = await host.SignInAsync("agent1");

        Assert.Equal(HttpStatusCode.Forbidden, (await EvaluateAsync(agent, "eval-roles", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await EvaluateAsync(await host.SignInAsync("admin"), "eval-roles", new { name = "x" })).StatusCode);
    }
}
