namespace Workflows.Desk.Routing;

/// <summary>A team's routing as the API shows it and takes it.</summary>
public sealed record RoutingSettings(string Mode, ChannelCounts Capacity, int OfferTimeoutSeconds)
{
    /// <summary>What a team without a row has: today's pull, room for ten tickets and three chats, a minute per offer.</summary>
    public static readonly RoutingSettings Default = new(RoutingModes.Pull, new ChannelCounts(10, 3), 60);

    public static RoutingSettings From(TeamRoutingEntity? row) =>
        row is null ? Default : new(row.Mode, new ChannelCounts(row.TicketCapacity, row.ChatCapacity), row.OfferTimeoutSeconds);
}

/// <summary>A count per channel kind: web chats apart from everything else (email, phone, WeChat, the API).</summary>
public sealed record ChannelCounts(int Ticket, int Chat)
{
    public int Of(bool chat) => chat ? Chat : Ticket;
}
