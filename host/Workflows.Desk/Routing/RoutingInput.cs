namespace Workflows.Desk.Routing;

/// <summary>The body of <c>PUT /api/admin/teams/{key}/routing</c>; what is left out keeps its value.</summary>
public sealed record RoutingInput(string? Mode, RoutingInput.CapacityInput? Capacity, int? OfferTimeoutSeconds)
{
    public sealed record CapacityInput(int? Ticket, int? Chat);
}
