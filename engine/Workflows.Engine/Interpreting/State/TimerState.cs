namespace Workflows.Engine.Interpreting;

/// <summary>
/// A scheduled timer owned by a token. <see cref="NodeId"/> is the timer event (catch or boundary);
/// <see cref="Remaining"/> counts repetitions after this one (-1: unbounded) for cycles; <see cref="Retries"/>
/// counts the attempts left when the step the timer starts keeps failing.
/// </summary>
public sealed record TimerState(long Id, long TokenId, string NodeId, DateTimeOffset DueAt, int Remaining, string? Cycle, int Retries = Jobs.DefaultRetries);
