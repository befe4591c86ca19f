using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>
/// Asks an OpenAI-compatible endpoint (<see cref="BotRephraseOptions"/>) to word the bot's article as an answer to the
/// customer's question, with OpenAI's Chat Completions API (<c>POST {Endpoint}/chat/completions</c>). Optional and
/// never in the way: off, it calls nothing; on, any failure (timeout, an error status, an answer that is not the
/// documented JSON, or one <see cref="BotRephraseGuard"/> refuses) is logged and gives null, and the article goes out as
/// written. Only a cancellation of the caller's token comes out as an exception.
/// </summary>
public sealed class BotRephraser(IHttpClientFactory http, IOptions<BotRephraseOptions> options, ILogger<BotRephraser> log)
{
    public const string HttpClientName = "bot-rephrase";

    /// <summary>Chinese as written in the request, not as \u escapes: the same JSON, easier to read in a proxy's log.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <returns>The article's text worded for this question, at most <see cref="BotRephraseOptions.MaxAnswerChars"/> long; null to send the article as written.</returns>
    public async Task<string?> RephraseAsync(string question, string language, BotArticle article, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) return null;
        var system = BotRephrasePrompt.System(language, o.MaxAnswerChars);
        var started = Stopwatch.GetTimestamp();
        string? answer = null, problem;
        try
        {
            (answer, problem) = await AskAsync(o, system, BotRephrasePrompt.User(question, article), ct);
            problem ??= BotRephraseGuard.Problem(answer, article, system, o.MaxAnswerChars);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            problem = e switch
            {
                TaskCanceledException => $"no answer within {o.Timeout.TotalSeconds:0.###} s",
                JsonException => "the answer is not JSON",
                _ => $"{e.GetType().Name}: {e.Message}",
            };
        }
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (problem is not null)
        {
            BotRephraseLog.Failed(log, article.Slug, o.Model!, elapsed, problem);
            return null;
        }
        BotRephraseLog.Rephrased(log, article.Slug, o.Model!, elapsed, answer!.Length);
        return answer;
    }

    /// <returns>The model's text, or why there is none.</returns>
    private async Task<(string? Answer, string? Problem)> AskAsync(BotRephraseOptions o, string system, string user, CancellationToken ct)
    {
        // The request as OpenAI documents it; a low temperature, since the model restates rather than invents. The token
        // budget fits the longest answer taken (a Chinese character can cost two) and stops a rambling one early.
        var body = new JsonObject
        {
            ["model"] = o.Model,
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = system },
                new JsonObject { ["role"] = "user", ["content"] = user }),
            ["temperature"] = 0.2,
            ["max_tokens"] = o.MaxAnswerChars * 2,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Endpoint!.TrimEnd('/') + "/chat/completions")
        {
            Content = new StringContent(body.ToJsonString(Json), System.Text.Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(o.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);

        using var client = http.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            return (null, $"HTTP {(int)response.StatusCode}: {(text.Length <= 200 ? text : text[..200])}");
        return Read(text);
    }

    /// <summary><c>choices[0].message.content</c>, unless the model was cut off by the token budget.</summary>
    private static (string? Answer, string? Problem) Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("choices", out var choices)
            || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0 || choices[0].ValueKind != JsonValueKind.Object
            || !choices[0].TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("content", out var content))
            return (null, "no choices[0].message.content in the answer");
        if (choices[0].TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String && finish.GetString() == "length")
            return (null, "the answer was cut off at max_tokens");
        return content.ValueKind == JsonValueKind.String ? (content.GetString()!.Trim(), null) : (null, "empty answer");
    }
}
