namespace Workflows.Engine.Interpreting;

public sealed record UserTaskState(long Id, long TokenId, string NodeId, DateTimeOffset CreatedAt);
