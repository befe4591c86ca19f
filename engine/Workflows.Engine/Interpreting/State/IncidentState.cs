namespace Workflows.Engine.Interpreting;

public enum IncidentKind { FailedJob, FailedActivity, UnhandledError, Deadlock, FailedTimer, FailedCall, FailedDecision }

/// <summary>A token stopped for a person to look at; retrying resolves it. <see cref="JobId"/> is the job or timer that failed.</summary>
public sealed record IncidentState(long Id, long TokenId, string NodeId, IncidentKind Kind, string Message, DateTimeOffset CreatedAt, long? JobId = null);
