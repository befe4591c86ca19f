namespace Workflows.Desk.Floor;

/// <summary>Whether an agent takes work now: online, busy, away or offline, and since when. No row: offline.</summary>
public sealed class AgentPresenceEntity
{
    public required string UserName { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset Since { get; set; }

    /// <summary>When the routing last offered this agent a task: round-robin gives the next one to whoever waited longest.</summary>
    public DateTimeOffset? LastOfferedAt { get; set; }
}
