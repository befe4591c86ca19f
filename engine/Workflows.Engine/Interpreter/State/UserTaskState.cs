namespace Workflows.Engine.Interpreter;

public sealed record UserTaskState(long Id, long TokenId, string NodeId, DateTimeOffset CreatedAt);
