namespace Workflows.Engine.Interpreting;

public enum JobKind { Activity, AsyncBefore, AsyncAfter, Decision }

/// <summary>Work the host runs for a token: a custom activity, an asynchronous continuation, or a decision (<see cref="Topic"/> is its key).</summary>
public sealed record JobState(long Id, long TokenId, string NodeId, JobKind Kind, int Retries, string? Topic);
