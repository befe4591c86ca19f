using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Desk.Bot;
using Workflows.Desk.Bot.Rephrasing;
using Workflows.Tests.Support;

namespace Workflows.Tests.Desk.Bot;

/// <summary>
/// The rephrasing connector's configuration: off with nothing set, and a setting that could not work stops the host with
/// a sentence naming it. A class of its own: a host that failed to start leaves Hangfire's process-wide logging pointing
/// at its disposed logger, which breaks desks already running beside it (the next host made sets it again).
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class BotRephraseOptionsTests(ClusterFixture cluster)
{
    private static IEnumerable<string> Failures(BotRephraseOptions options) => new BotRephraseOptionsValidation().Validate(null, options).Failures ?? [];

    [Fact]
    public void NothingSet_IsValid_AndOff()
    {
        var none = new BotRephraseOptions();
        Assert.Empty(Failures(none));
        Assert.Equal((false, 4.0, BotTexts.MaxArticleText), (none.Enabled, none.Timeout.TotalSeconds, none.MaxAnswerChars));
        Assert.Empty(Failures(new BotRephraseOptions { Endpoint = "https://llm.internal.example/v1", Model = "qwen2.5-7b-instruct" }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8000/v1", "m", 0, 400, "Channels:Bot:Rephrase:Timeout")]
    [InlineData("http://127.0.0.1:8000/v1", "m", 4, 0, "Channels:Bot:Rephrase:MaxAnswerChars")]
    [InlineData("http://127.0.0.1:8000/v1", "m", 4, 401, "Channels:Bot:Rephrase:MaxAnswerChars")]
    [InlineData("ftp://127.0.0.1/v1", "m", 4, 400, "Channels:Bot:Rephrase:Endpoint")]
    [InlineData("/v1", "m", 4, 400, "Channels:Bot:Rephrase:Endpoint")]
    public void AMistake_IsNamedByItsKey(string endpoint, string model, double timeoutSeconds, int maxChars, string key) =>
        Assert.Contains(Failures(new BotRephraseOptions { Endpoint = endpoint, Model = model, Timeout = TimeSpan.FromSeconds(timeoutSeconds), MaxAnswerChars = maxChars }),
            f => f.StartsWith(key + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Endpoint", "api.example/v1", "Model", "m", "Channels:Bot:Rephrase:Endpoint")]
    [InlineData("Endpoint", "http://127.0.0.1:9/v1", "ApiKey", "sk-1", "Channels:Bot:Rephrase:Model")]
    [InlineData("Timeout", "00:00:00", "Model", "m", "Channels:Bot:Rephrase:Timeout")]
    public async Task AConfigurationThatCouldNotWork_StopsTheHost_NamingTheSetting(string key, string value, string otherKey, string other, string named)
    {
        var database = await cluster.Cluster.CreateDatabaseAsync($"rephrase_refused_{Guid.NewGuid():N}");
        await using var refused = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            web.UseSetting($"{BotRephraseOptions.Section}:{key}", value);
            web.UseSetting($"{BotRephraseOptions.Section}:{otherKey}", other);
        });
        var error = Assert.ThrowsAny<Exception>(() => refused.Server);
        Assert.Contains(named + " ", error.ToString());
    }
}
