namespace Workflows.Desk.Bot;

/// <summary>How a bot conversation stands: waiting for "did this solve it?", or how it ended.</summary>
public static class BotConversationStatuses
{
    /// <summary>The bot answered and waits for the customer's 1 or 2.</summary>
    public const string Open = "open";

    /// <summary>The customer said the article solved it: no agent was needed.</summary>
    public const string Contained = "contained";

    /// <summary>An agent took over, with a case holding the transcript.</summary>
    public const string HandedOff = "handed-off";

    /// <summary>The customer never said whether it helped (<see cref="BotOptions.AnswerTimeout"/>) and wrote again later.</summary>
    public const string Expired = "expired";
}
