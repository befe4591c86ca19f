namespace Workflows.Desk.Knowledge;

/// <summary>
/// Where a revision of an article stands: written (<see cref="Draft"/>), waiting for a second pair of eyes
/// (<see cref="Review"/>), sent back (<see cref="Rejected"/>), what agents read now (<see cref="Published"/>), or what
/// they read before a later one was published (<see cref="Superseded"/>).
/// </summary>
public static class KbRevisionStatuses
{
    public const string Draft = "draft";
    public const string Review = "review";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string Superseded = "superseded";

    /// <summary>The statuses of the one revision per article that is still being worked on.</summary>
    public static readonly IReadOnlyList<string> Open = [Draft, Review];
}
