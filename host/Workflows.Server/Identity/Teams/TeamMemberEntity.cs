namespace Workflows.Server.Identity.Teams;

/// <summary>A person in a team, and whether they lead it.</summary>
public sealed class TeamMemberEntity
{
    public Guid TeamId { get; set; }
    public Guid UserId { get; set; }
    public bool IsLead { get; set; }
}
