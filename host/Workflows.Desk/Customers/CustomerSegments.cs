namespace Workflows.Desk.Customers;

public static class CustomerSegments
{
    public const string Consumer = "consumer";
    public const string Merchant = "merchant";
    public const string Partner = "partner";
    public const string Vip = "vip";

    public static readonly IReadOnlyList<string> All = [Consumer, Merchant, Partner, Vip];
}
