namespace Workflows.Server.Identity.Teams;

/// <summary>
/// A team or department (L1, L2, risk, refunds, merchant support…). Its key is what a task's candidate groups name,
/// so the people in the team are offered those tasks.
/// </summary>
public sealed class TeamEntity
{
    public Guid Id { get; set; }

    /// <summary>Lower-case letters, digits and dashes, as candidate groups are written in a diagram (agent-l1).</summary>
    public required string Key { get; set; }

    /// <summary>What people call it; the shipped teams' names are written "English / 中文".</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The directory's own id for the group (SCIM externalId).</summary>
    public string? ExternalId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
