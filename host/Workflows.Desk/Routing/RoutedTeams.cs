namespace Workflows.Desk.Routing;

/// <summary>
/// The teams this host last saw routed automatically (refreshed by every routing round and every routing change),
/// so steps know cheaply whether a task concerns the routing at all.
/// </summary>
public sealed class RoutedTeams
{
    private volatile IReadOnlySet<string> _keys = new HashSet<string>();

    public bool Any => _keys.Count > 0;

    public bool Contains(string teamKey) => _keys.Contains(teamKey);

    public void Set(IEnumerable<string> keys) => _keys = keys.ToHashSet();
}
