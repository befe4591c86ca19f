namespace Workflows.Server.Identity;

public sealed class UserEntity
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }

    /// <summary>designer, agent-l1, agent-l2, risk, manager, admin; also the candidate groups of tasks.</summary>
    public string[] Roles { get; set; } = [];
}
