namespace Workflows.Server.Identity.Audit;

/// <summary>
/// One change to people, rights or configuration, or one sign-in: who, when, from where, what it was before and
/// after. Rows are only ever added; nothing updates or deletes them.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The user name, "token:{name}" for an API token, or "system".</summary>
    public required string Actor { get; set; }

    /// <summary>user.created, user.updated, signin.succeeded, signin.failed, token.revoked…</summary>
    public required string Action { get; set; }

    /// <summary>user, team, token, definition, sla-policy, setting.</summary>
    public required string TargetKind { get; set; }

    public string? TargetId { get; set; }
    public string? TargetName { get; set; }

    /// <summary>The client's address as the host saw it (after a trusted proxy's X-Forwarded-For).</summary>
    public string? Address { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}
