namespace Workflows.Server.UserTasks;

/// <summary>An unassigned task offered to one agent, and why (the journal says it).</summary>
public sealed record TaskOffer(Guid TaskId, string UserName, string Reason);
