namespace Workflows.Desk.Alerts;

/// <summary>
/// Something a person must look at: a burst of cases of one category for one merchant or region (risk early
/// warning), or a first response about to breach its SLA.
/// </summary>
public sealed class AlertEntity
{
    public Guid Id { get; set; }

    /// <summary>burst or sla-warning.</summary>
    public required string Kind { get; set; }

    public required string Message { get; set; }
    public string? Category { get; set; }

    /// <summary>What the burst is about: "merchant:M-1001" or "region:Shenzhen".</summary>
    public string? Scope { get; set; }

    public List<Guid> CaseIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
}
