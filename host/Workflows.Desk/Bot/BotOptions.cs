namespace Workflows.Desk.Bot;

/// <summary>
/// The <c>Channels:Bot</c> section. The bot answers WeChat customers who have no open case from the published knowledge
/// base before an agent sees them; it is on unless <see cref="Enabled"/> is false.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Channels:Bot";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The least confidence (0 to 1, see <see cref="BotAnswerer"/>) at which the bot sends an article; below it, the
    /// customer goes to an agent rather than read something beside the point.
    /// </summary>
    public double MinConfidence { get; set; } = 0.3;

    /// <summary>How long the bot waits for "did this solve it?"; a message after that starts a new conversation.</summary>
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Articles the bot sends in one conversation before it hands the customer to an agent.</summary>
    public int MaxAnswers { get; set; } = 3;
}
