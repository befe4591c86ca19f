using Workflows.Server.Problems;

namespace Workflows.Desk.Routing;

/// <summary>What a team's routing may be: a known mode, capacities from 0 to 100, an offer timeout from 5 s to an hour.</summary>
public static class RoutingRules
{
    public const int MaxCapacity = 100;
    public const int MinOfferTimeout = 5;
    public const int MaxOfferTimeout = 3600;

    /// <summary>The settings <paramref name="input"/> makes of <paramref name="current"/>, or the first mistake in it.</summary>
    public static (RoutingSettings? Settings, Mistake? Mistake) Apply(RoutingSettings current, RoutingInput input)
    {
        var mode = input.Mode ?? current.Mode;
        if (!RoutingModes.All.Contains(mode))
            return (null, Mistake.Of("routing.mode.unknown", "mode", $"mode is one of {string.Join(", ", RoutingModes.All)}.", ("value", mode)));
        var ticket = input.Capacity?.Ticket ?? current.Capacity.Ticket;
        var chat = input.Capacity?.Chat ?? current.Capacity.Chat;
        foreach (var (field, value) in new[] { ("capacity.ticket", ticket), ("capacity.chat", chat) })
            if (value is < 0 or > MaxCapacity)
                return (null, Mistake.Of("routing.capacity.range", field, $"{field} is a whole number from 0 to {MaxCapacity}.", ("value", value), ("max", MaxCapacity)));
        var timeout = input.OfferTimeoutSeconds ?? current.OfferTimeoutSeconds;
        if (timeout is < MinOfferTimeout or > MaxOfferTimeout)
            return (null, Mistake.Of("routing.offer-timeout.range", "offerTimeoutSeconds",
                $"offerTimeoutSeconds is from {MinOfferTimeout} to {MaxOfferTimeout}.", ("value", timeout), ("min", MinOfferTimeout), ("max", MaxOfferTimeout)));
        return (new RoutingSettings(mode, new ChannelCounts(ticket, chat), timeout), null);
    }
}
