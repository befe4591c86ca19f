namespace Workflows.Engine.Interpreting;

public enum JobKind { Activity, AsyncBefore, AsyncAfter }

/// <summary>Work the host runs for a token: a custom activity, or an asynchronous continuation.</summary>
public sealed record JobState(long Id, long TokenId, string NodeId, JobKind Kind, int Retries, string? Topic);
