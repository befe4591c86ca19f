namespace Workflows.Server.Identity.Tokens;

/// <summary>
/// A named secret a program sends as <c>Authorization: Bearer</c>. Only the SHA-256 of the secret is kept: the secret
/// is shown once, when the token is made.
/// </summary>
public sealed class ApiTokenEntity
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>What the token may do: "scim", or a role's key (designer, manager…) to act with that role.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>SHA-256 of the secret, hex. A secret carries 256 random bits, so a fast hash is the right one here.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The secret's first characters, so people can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
