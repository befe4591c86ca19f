namespace Workflows.Desk.Bot;

/// <summary>What the bot says to customers, in their language (zh-CN or en), and how its side reads in a transcript.</summary>
public static class BotTexts
{
    /// <summary>
    /// An article's text is cut here: a WeChat text reply holds 2,048 bytes, and three bytes a Chinese character with the
    /// title and the question leave room for about this many. The full article stays one agent's message away.
    /// </summary>
    public const int MaxArticleText = 400;

    private static bool Chinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <param name="rephrased">
    /// The model's wording of the article (<see cref="Rephrasing.BotRephraser"/>), in place of its cut text; the title and
    /// the question stay, so the customer knows which article it is and 1 and 2 work the same.
    /// </param>
    public static string Answer(string language, BotArticle article, string? rephrased = null) => Chinese(language)
        ? $"{article.Title}\n\n{rephrased ?? Cut(article.Body)}\n\n这解决您的问题了吗？回复 1：已解决；回复 2：未解决，转人工客服。"
        : $"{article.Title}\n\n{rephrased ?? Cut(article.Body)}\n\nDid this solve it? Reply 1 for yes, or 2 for no and an agent will take over.";

    /// <summary>How a sent article reads in the transcript: by title and slug, and whether the model worded it, so an agent knows what the customer read.</summary>
    public static string Sent(BotArticle article, bool rephrased) =>
        $"《{article.Title}》 ({article.Slug}){(rephrased ? " (改写 / rephrased)" : "")}";

    public static string Solved(string language) => Chinese(language)
        ? "很高兴能帮到您！如还有其他问题，随时给我们留言。"
        : "Glad that helped! Write to us any time if something else comes up.";

    public static string HandingOff(string language, string reason) => (Chinese(language), reason) switch
    {
        (true, BotHandOffs.Fraud) => "涉及账户和资金安全的问题由人工客服为您处理，已为您转接，请稍候，客服会在这里回复您。",
        (false, BotHandOffs.Fraud) => "Questions about the safety of your account and money are handled by an agent; we are passing you to one now, who will reply here.",
        (true, _) => "好的，已为您转接人工客服，请稍候，客服会在这里回复您。",
        (false, _) => "OK, we are passing you to an agent, who will reply here shortly.",
    };

    /// <summary>One line of the transcript agents read: when, who (in both languages), what.</summary>
    public static string Line(DateTimeOffset at, bool customer, string text) =>
        $"[{at:yyyy-MM-dd HH:mm:ss}] {(customer ? "客户 / customer" : "机器人 / bot")}: {text}\n";

    /// <summary>The timeline entry an agent finds on a case the bot handed over.</summary>
    public static string HandOffNote(string reason, string transcript) =>
        $"机器人转人工 / Bot hand-off: {BotHandOffs.Describe(reason)}\n\n{transcript.TrimEnd()}";

    private static string Cut(string text) => text.Length <= MaxArticleText ? text : text[..(MaxArticleText - 1)] + "…";
}
