namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>
/// The rephraser's log lines, with fixed event ids and named values (model, elapsed ms) that structured logging and an
/// OpenTelemetry exporter keep as attributes. Never the API key; never the customer's words (they are on the transcript).
/// </summary>
internal static partial class BotRephraseLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Bot answer {Slug} rephrased by {Model} in {ElapsedMs} ms ({Chars} characters)")]
    public static partial void Rephrased(ILogger logger, string slug, string model, long elapsedMs, int chars);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Bot answer {Slug} sent as written: the model {Model} gave no usable answer after {ElapsedMs} ms: {Reason}")]
    public static partial void Failed(ILogger logger, string slug, string model, long elapsedMs, string reason);
}
