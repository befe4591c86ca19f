using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>Boundary events: armed while their host waits, closed when it completes, and triggered.</summary>
internal static class BoundaryEvents
{
    public static void Arm(Execution x, Token host)
    {
        foreach (var boundary in x.Definition.Node(host.NodeId).BoundaryEvents)
        {
            if (boundary.Trigger == BoundaryTrigger.Timer) Waits.StartTimer(x, host, boundary.Id, boundary.Timer!);
            else if (boundary.Trigger == BoundaryTrigger.Message) Waits.Subscribe(x, host, boundary.Id, boundary.MessageName!);
            else if (boundary.Trigger == BoundaryTrigger.Signal) Waits.Subscribe(x, host, boundary.Id, boundary.SignalName!, signal: true);
        }
    }

    public static void Disarm(Execution x, Token host)
    {
        var boundaries = x.Definition.Node(host.NodeId).BoundaryEvents;
        if (boundaries.Count > 0) Waits.Close(x, host.Id, nodeId => boundaries.Any(b => b.Id == nodeId));
    }

    /// <summary>
    /// The boundary of <paramref name="trigger"/> that catches <paramref name="code"/>: a code match beats a catch-all
    /// (no code), whatever their order in the document. Errors and escalations are matched alike.
    /// </summary>
    public static BoundaryEventDefinition? Catching(IReadOnlyList<BoundaryEventDefinition> boundaries, BoundaryTrigger trigger,
        Func<BoundaryEventDefinition, string?> codeOf, string code)
    {
        BoundaryEventDefinition? catchAll = null;
        foreach (var boundary in boundaries)
        {
            if (boundary.Trigger != trigger) continue;
            if (codeOf(boundary) == code) return boundary;
            if (codeOf(boundary) is null) catchAll ??= boundary;
        }
        return catchAll;
    }

    /// <summary>
    /// An interrupting boundary cancels its host (a subprocess with everything inside); a non-interrupting
    /// one leaves the host running. Either way a new token leaves by the boundary's flows.
    /// </summary>
    public static void Trigger(Execution x, Token host, BoundaryEventDefinition boundary)
    {
        x.Journal(JournalKind.EventTriggered, boundary.Id, $"Boundary event '{boundary.DisplayName}' triggered on '{host.NodeId}'.");
        if (boundary.CancelActivity) Cancellation.CancelToken(x, host);
        x.Leave(x.Place(host.ScopeId, boundary.Id));
    }
}
