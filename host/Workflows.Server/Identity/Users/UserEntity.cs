namespace Workflows.Server.Identity.Users;

/// <summary>
/// A person who signs in: with a password, through the company's identity provider, or both. Roles say what they
/// may do; team memberships (<see cref="Teams.TeamMemberEntity"/>) say which tasks they are offered.
/// </summary>
public sealed class UserEntity
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }

    /// <summary>The user name in lower case: user names are unique without regard to case (SCIM's caseExact false).</summary>
    public required string NormalizedUserName { get; set; }

    public required string DisplayName { get; set; }
    public string? Email { get; set; }

    /// <summary>Argon2id in PHC form; null for someone who signs in only through single sign-on.</summary>
    public string? PasswordHash { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>admin, designer, manager, agent and what modules add (risk-analyst); several per user.</summary>
    public string[] Roles { get; set; } = [];

    public string[] Skills { get; set; } = [];

    /// <summary>Languages the agent serves customers in, as BCP 47 tags (zh-CN, en).</summary>
    public string[] Languages { get; set; } = [];

    /// <summary>Changes whenever a session must end: deactivation, a new password, other roles. Sessions carry the one they began with.</summary>
    public Guid SecurityStamp { get; set; } = Guid.NewGuid();

    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The directory's own id for this user (SCIM externalId).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The identity provider's subject ("issuer|sub") once the user has signed in through single sign-on.</summary>
    public string? SsoSubject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
