namespace Workflows.Desk.Customers;

/// <summary>A customer of the payment company: one record, whichever channel they come through.</summary>
public sealed class CustomerEntity
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>consumer, merchant, partner or vip (<see cref="CustomerSegments"/>).</summary>
    public required string Segment { get; set; }

    /// <summary>zh-CN or en: the language every message to them is written in.</summary>
    public required string Language { get; set; }

    public string? Region { get; set; }
    public string? IdNumberLast4 { get; set; }
    public string? PhoneLast4 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<CustomerContactEntity> Contacts { get; set; } = [];

    /// <summary>The name as the case search reads it; the database computes it.</summary>
    public NpgsqlTypes.NpgsqlTsVector? SearchVector { get; set; }
    public List<AccountEntity> Accounts { get; set; } = [];
}
