namespace Workflows.Desk.Routing;

/// <summary>A team's task waiting in its queue, with what the skills mode matches on.</summary>
public sealed record QueuedTask(Guid TaskId, Guid InstanceId, bool Chat, bool Urgent, string? Category, string? Language);
