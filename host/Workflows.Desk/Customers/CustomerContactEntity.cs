namespace Workflows.Desk.Customers;

/// <summary>How to reach a customer on one channel: a phone number, an email address, a WeChat OpenID, a chat user id.</summary>
public sealed class CustomerContactEntity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Channel { get; set; }
    public required string Address { get; set; }
}
