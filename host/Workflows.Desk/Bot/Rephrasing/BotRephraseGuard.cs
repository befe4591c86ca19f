namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>
/// What the bot will not send from a model: nothing, too much, a link the article does not have, or words that show
/// the model talking about its instructions instead of answering. Any of these, and the customer gets the article as
/// written. A check, not a proof: the prompt keeps the model to the article, and this catches its plainer slips.
/// </summary>
public static class BotRephraseGuard
{
    /// <summary>A run this long of the system prompt in an answer is the prompt leaking, not a coincidence.</summary>
    private const int EchoLength = 24;

    /// <summary>Words an answer from the article has no reason to use, unless the article itself does.</summary>
    private static readonly string[] Telltales =
    [
        "system prompt", "system message", "instructions", "as an ai", "language model", "<|", "系统提示", "提示词", "指令", "语言模型",
    ];

    private static readonly string[] Links = ["http://", "https://", "www."];

    /// <returns>Why <paramref name="content"/> must not be sent, or null when it may.</returns>
    public static string? Problem(string? content, BotArticle article, string systemPrompt, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(content)) return "empty answer";
        if (content.Length > maxChars) return $"answer of {content.Length} characters, more than {maxChars}";
        var source = article.Title + "\n" + article.Body;
        if (Links.FirstOrDefault(l => Has(content, l) && !Has(source, l)) is { } link) return $"a link ({link}) the article does not have";
        if (Telltales.FirstOrDefault(t => Has(content, t) && !Has(source, t)) is { } telltale) return $"talks of its instructions (\"{telltale}\")";
        for (var i = 0; i + EchoLength <= systemPrompt.Length; i++)
            if (Has(content, systemPrompt.Substring(i, EchoLength))) return "repeats its instructions";
        return null;
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
