using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Host;

/// <summary>
/// The survey link a customer gets points at the host they can reach: the address it really listens on (here a
/// random port given with --urls, not the default 5080), or Support:PublicBaseUrl when set.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed partial class SurveyLinkTests(ClusterFixture cluster)
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("https://support.example.cn", null)]
    [InlineData(null, "desk.example.cn")]
    public async Task SurveyLink_PointsAtTheListeningAddress_TheProxysOrTheConfiguredOne(string? publicBaseUrl, string? forwardedHost)
    {
        var database = await cluster.Cluster.CreateDatabaseAsync(publicBaseUrl is not null ? "survey_link_configured" : forwardedHost is not null ? "survey_link_proxied" : "survey_link_listening");
        var pickup = Directory.CreateTempSubdirectory("survey-link-outbox").FullName;
        string[] settings = ["--Support:SurveyDelay=PT1S", .. publicBaseUrl is null ? Array.Empty<string>() : [$"--Support:PublicBaseUrl={publicBaseUrl}"]];
        await using var host = await HostProcess.StartAsync(database, pickup, settings);
        var agent = await host.SignInAsync("agent1");
        if (forwardedHost is not null)
        {
            // Behind a reverse proxy on this machine: it says which address the agents (and customers) used.
            agent.DefaultRequestHeaders.Add("X-Forwarded-Host", forwardedHost);
            agent.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        var phone = "135" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        var opened = await JsonAsync(await agent.PostAsJsonAsync("/api/cases",
            new { channel = "email", customer = new { phone, email = $"{phone}@example.cn", name = "Link Test" }, subject = "支付失败", description = "付款时提示余额不足" }));
        var tasks = opened.GetProperty("openTasks");
        foreach (var (node, variables) in new (string, object)[]
        {
            ("understand", new { capturedName = "Link Test", capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "余额不足" }),
            ("resolve_l1", new { outcome = "resolved", resolution = "Topped up and paid again" }),
            ("assist", new { customerSucceeded = true }),
        })
        {
            var task = tasks.EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == node).GetProperty("id").GetGuid();
            var done = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables });
            done.EnsureSuccessStatusCode();
            tasks = (await JsonAsync(done)).GetProperty("openedTasks");
        }

        // The survey goes out a second after resolution, through the outbox into the pickup folder.
        string? link = null;
        for (var until = DateTime.UtcNow.AddSeconds(30); link is null; await Task.Delay(250))
        {
            Assert.True(DateTime.UtcNow < until, "no survey message was sent");
            link = Directory.GetFiles(pickup, "*.json").Select(File.ReadAllText).Select(m => Link().Match(m)).FirstOrDefault(m => m.Success)?.Value;
        }
        var expected = publicBaseUrl ?? (forwardedHost is null ? host.BaseAddress.GetLeftPart(UriPartial.Authority) : $"https://{forwardedHost}");
        Assert.StartsWith(expected + "/survey/", link);
        if (publicBaseUrl is null && forwardedHost is null)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await new HttpClient().GetAsync(link)).StatusCode); // the customer's click lands
        Directory.Delete(pickup, recursive: true);
    }

    [GeneratedRegex(@"https?://[^\s""\\]+/survey/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
