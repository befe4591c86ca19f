namespace Workflows.Desk.Routing;

/// <summary>
/// A team's task waiting in its queue, with what the skills mode matches on and who declined it (or let its offer
/// lapse) and is not offered it again.
/// </summary>
public sealed record QueuedTask(string TeamKey, Guid TaskId, Guid InstanceId, bool Chat, bool Urgent, string? Category, string? Language,
    string[] DeclinedBy);
