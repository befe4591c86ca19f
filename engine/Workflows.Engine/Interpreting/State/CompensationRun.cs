namespace Workflows.Engine.Interpreting;

/// <summary>
/// A compensation throw in progress: its token waits while the handlers run one at a time, most recent first
/// (<see cref="Pending"/> in that order); <see cref="HandlerTokenId"/> is the handler running now.
/// </summary>
public sealed record CompensationRun(long ThrowerTokenId, IReadOnlyList<CompensationState> Pending, long? HandlerTokenId);
