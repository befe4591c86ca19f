namespace Workflows.Desk.Customers;

/// <summary>A wallet or merchant account; the risk team can freeze it, and the freeze says who, why and for which case.</summary>
public sealed class AccountEntity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Number { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset? FrozenAt { get; set; }
    public string? FrozenBy { get; set; }
    public string? FrozenReason { get; set; }
    public Guid? FrozenForCaseId { get; set; }
}
