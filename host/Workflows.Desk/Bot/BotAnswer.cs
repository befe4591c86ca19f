namespace Workflows.Desk.Bot;

/// <summary>
/// What the bot makes of a question: the best articles (at most three, best first) with its confidence in the first,
/// and, when a person must take over, why (<see cref="BotHandOffs"/>). Articles are found even then: agents are shown them.
/// </summary>
public sealed record BotAnswer(string Language, IReadOnlyList<BotArticle> Articles, double Confidence, string? HandOff)
{
    /// <summary>The article the bot may send the customer: none when it hands off.</summary>
    public BotArticle? Answer => HandOff is null ? Articles.FirstOrDefault() : null;
}
