using System.Diagnostics.Metrics;

namespace Workflows.Desk.Routing;

/// <summary>The routing's instruments: how long an offer takes (lock, count, assign, commit) and how offers end.</summary>
public sealed class RoutingMetrics
{
    public const string MeterName = "Workflows.Desk.Routing";
    private readonly Histogram<double> _offerDuration;
    private readonly Counter<long> _withdrawn;

    public RoutingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _offerDuration = meter.CreateHistogram<double>("workflows.routing.offer.duration", "ms", "Time to offer one task to one agent, commit included.");
        _withdrawn = meter.CreateCounter<long>("workflows.routing.offers.withdrawn", description: "Offers taken back: declined, timed out or recalled.");
    }

    public void Offered(TimeSpan took, string team) => _offerDuration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("team", team));

    public void Withdrawn(string reason) => _withdrawn.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
