using Microsoft.Extensions.Options;

namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>Refuses a rephrasing configuration that could not work, at start-up, naming the key to fix; nothing set is valid (off).</summary>
internal sealed class BotRephraseOptionsValidation : IValidateOptions<BotRephraseOptions>
{
    public ValidateOptionsResult Validate(string? name, BotRephraseOptions options)
    {
        var failures = new List<string>();
        const string at = BotRephraseOptions.Section;
        if (options.Enabled)
        {
            if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
                failures.Add($"{at}:Endpoint must be an absolute http(s) address of an OpenAI-compatible API, like http://127.0.0.1:8000/v1, or empty to turn rephrasing off.");
            if (string.IsNullOrWhiteSpace(options.Model))
                failures.Add($"{at}:Model is required with {at}:Endpoint: the name of the model the endpoint serves.");
        }
        if (options.Timeout <= TimeSpan.Zero) failures.Add($"{at}:Timeout must be positive.");
        // The same WeChat limit as the article's own text (BotTexts.MaxArticleText): the reply must fit one message.
        if (options.MaxAnswerChars < 1 || options.MaxAnswerChars > BotTexts.MaxArticleText)
            failures.Add($"{at}:MaxAnswerChars must be 1 to {BotTexts.MaxArticleText}: the answer, its title and the question must fit one WeChat message.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
