namespace Workflows.Desk.Cases;

/// <summary>
/// One customer contact and everything done about it: classification, the flow instance working it, and its
/// SLA record (targets, when they were met or breached, time paused while waiting for the customer).
/// </summary>
public sealed class CaseEntity
{
    public Guid Id { get; set; }

    /// <summary>What people say on the phone: CS-2026-000123.</summary>
    public required string Number { get; set; }

    public Guid CustomerId { get; set; }
    public Guid? InstanceId { get; set; }
    public string? IdempotencyKey { get; set; }
    public required string Channel { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public required string Category { get; set; }
    public string? Cause { get; set; }
    public required string Priority { get; set; }
    public required string Status { get; set; }
    public string? MerchantRef { get; set; }
    public string? Region { get; set; }
    public List<string> SuggestedArticles { get; set; } = [];

    /// <summary>Labels agents put on the case (退款, 重复扣款, vip-complaint), for searching and reports.</summary>
    public List<string> Tags { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset FirstResponseDueAt { get; set; }
    public DateTimeOffset? FirstRespondedAt { get; set; }
    public DateTimeOffset? SlaWarnedAt { get; set; }
    public DateTimeOffset? FirstResponseBreachedAt { get; set; }
    public DateTimeOffset ResolutionDueAt { get; set; }
    public DateTimeOffset? WaitingSince { get; set; }

    /// <summary>The SLA policy the targets came from; a recomputation on request uses it again.</summary>
    public Guid? SlaPolicyId { get; set; }

    /// <summary>Working time the case waited for the customer so far, on its policy's clock.</summary>
    public TimeSpan SlaPaused { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public bool? ResolutionBreached { get; set; }
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public bool? FirstContactResolution { get; set; }
    public int? CsatScore { get; set; }
    public string? CsatComment { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Number, subject and description as the case search reads them; the database computes it.</summary>
    public NpgsqlTypes.NpgsqlTsVector? SearchVector { get; set; }
}
