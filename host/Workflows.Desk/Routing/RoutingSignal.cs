using Workflows.Server.Database;
using Workflows.Server.Database.Signals;

namespace Workflows.Desk.Routing;

/// <summary>
/// Wakes the routing on every host: a task of a routed team opened or went back to its queue, a task closed (room
/// for another), an agent's presence changed. Sent only while some team is routed, so a pull-only desk pays nothing.
/// </summary>
public sealed class RoutingSignal(RoutedTeams teams)
{
    public const string Channel = "workflows_routing";

    public void Send(SqlBatch batch)
    {
        if (teams.Any) DatabaseSignals.Send(batch, Channel);
    }
}
