namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>
/// The <c>Channels:Bot:Rephrase</c> section: an optional OpenAI-compatible endpoint the operator runs or rents, which
/// words the bot's article as an answer to the customer's own question. Off unless <see cref="Endpoint"/> is set: the
/// bot works the same without it, and any failure of the model sends the plain article.
/// </summary>
public sealed class BotRephraseOptions
{
    public const string Section = "Channels:Bot:Rephrase";

    /// <summary>The API's base address, like <c>http://127.0.0.1:8000/v1</c>; the bot appends <c>/chat/completions</c>. Empty: off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer</c> when set; local servers often need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model's name as the endpoint knows it; required with <see cref="Endpoint"/>.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// How long the bot waits for the model before it sends the plain article. Short: the customer is waiting, and on
    /// WeChat a reply after the callback's wait goes out as a separate message instead of the passive reply.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The longest rephrased text taken; the article's own text is cut to the same length, for the same WeChat limit.</summary>
    public int MaxAnswerChars { get; set; } = BotTexts.MaxArticleText;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
