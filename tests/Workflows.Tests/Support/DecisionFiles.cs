using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Workflows.Tests.Dmn.DmnModels;

namespace Workflows.Tests.Support;

/// <summary>Small DMN files for the API tests, each decision under a key the test chooses, and publishing them.</summary>
internal static class DecisionFiles
{
    /// <summary>UNIQUE: fraud → urgent/risk; other categories by amount → high/agent-l2 or normal/agent-l1.</summary>
    public static string Route(string key, string highFrom = "1000") => Model(Decision(key, Table("UNIQUE",
        [Input("category", "in_category"), Input("amount", "in_amount")], [Output("priority"), Output("queue")],
        Rule("fraud", "\"fraud\"", "-", "|", "\"urgent\"", "\"risk\""),
        Rule("large", "not(\"fraud\")", $">= {highFrom}", "|", "\"high\"", "\"agent-l2\""),
        Rule("small", "not(\"fraud\")", $"< {highFrom}", "|", "\"normal\"", "\"agent-l1\""))));

    /// <summary>COLLECT SUM of fees by amount: 1 always, 2.5 above 100, 10 above 1000.</summary>
    public static string Fees(string key) => Model(Decision(key, Collect("SUM", [Input("amount", "in_amount")], [Output("fee")],
        Rule("base", ">= 0", "|", "1"), Rule("over100", "> 100", "|", "2.5"), Rule("over1000", "> 1000", "|", "10"))));

    /// <summary>A literal expression whose variable is the key itself.</summary>
    public static string Greeting(string key) => Model(Decision(key, Literal("\"Hello \" + name")));

    /// <summary>COLLECT of one output per matching rule: every tag a case earns.</summary>
    public static string Tags(string key) => Model(Decision(key, Table("COLLECT", [Input("amount", "in_amount")], [Output("tag")],
        Rule("any", "-", "|", "\"seen\""), Rule("big", "> 100", "|", "\"big\""))));

    public static Task<HttpResponseMessage> PublishDecisionsAsync(HttpClient client, string xml) =>
        client.PostAsync("/api/decisions", new StringContent(xml, Encoding.UTF8, "application/xml"));

    public static async Task<HttpResponseMessage> EvaluateAsync(HttpClient client, string key, object variables, int? version = null) =>
        await client.PostAsJsonAsync($"/api/decisions/{key}/evaluate", new { variables, version });

    public static async Task<JsonElement> PublishedAsync(HttpClient client, string xml)
    {
        var response = await PublishDecisionsAsync(client, xml);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await ApiScenario.JsonAsync(response);
    }
}
