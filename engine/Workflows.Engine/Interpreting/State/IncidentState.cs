namespace Workflows.Engine.Interpreting;

public enum IncidentKind { FailedJob, FailedActivity, UnhandledError, Deadlock }

/// <summary>A token stopped for a person to look at; retrying resolves it.</summary>
public sealed record IncidentState(long Id, long TokenId, string NodeId, IncidentKind Kind, string Message, DateTimeOffset CreatedAt, long? JobId = null);
