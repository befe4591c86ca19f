namespace Workflows.Bench.Routing;

/// <summary>A task still waiting for an agent when the run stopped.</summary>
internal sealed record QueuedAtEnd(Guid TaskId, string Team, DateTimeOffset CreatedAt, bool Urgent, bool Chat);
