namespace Workflows.Desk.Routing;

/// <summary>The <c>Routing</c> section.</summary>
public sealed class RoutingOptions
{
    public const string Section = "Routing";

    /// <summary>Off: this host routes nothing (another host may). On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a host waits between rounds when nothing signals it: how soon a lapsed offer or an ended shift is
    /// noticed. New tasks, freed room and presence changes wake every host at once.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);
}
