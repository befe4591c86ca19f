namespace Workflows.Desk.Calls;

/// <summary>
/// A call to log: <c>direction</c> inbound or outbound, the other party's <c>number</c>, its length in seconds, the
/// agent's notes, and when it started (now, less its duration, when left out).
/// </summary>
public sealed record CallRequest(string? Direction, string? Number, int? DurationSeconds, string? Notes, DateTimeOffset? StartedAt);
