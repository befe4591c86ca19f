namespace Workflows.Desk.Manager.Numbers;

/// <summary>
/// The bot's conversations started in the range. Containment is the share of ended conversations the customer said
/// were solved (1), hand-off the share an agent took over; a conversation nobody answered counts in neither.
/// Reopen after bot is the share of contained ones whose customer was back (a case, or the bot again) within
/// <see cref="BotNumbersQuery.ReopenWindowDays"/> days: contained, but not for long. Rates are 0–1, null when nothing ended.
/// </summary>
public sealed record BotNumbers(int Conversations, int Contained, int HandedOff, int Unanswered, int ReopenedAfterBot,
    double? ContainmentRate, double? HandOffRate, double? ReopenAfterBotRate);
