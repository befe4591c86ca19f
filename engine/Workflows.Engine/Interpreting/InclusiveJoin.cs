using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// The inclusive join (BPMN 2.0.2 §13.4.3): fires when it holds a token and no other token of its scope
/// can still reach an empty incoming flow without also reaching a filled one. Re-checked at every
/// quiescence, since the blocking token may end, turn away or be cancelled.
/// </summary>
internal static class InclusiveJoin
{
    public static bool FireReady(Execution x)
    {
        foreach (var token in x.State.Tokens)
        {
            if (token.Status != TokenStatus.Joining || x.Definition.Node(token.NodeId) is not InclusiveGatewayDefinition gateway) continue;
            if (TryFire(x, gateway, token.ScopeId)) return true;
        }
        return false;
    }

    public static bool TryFire(Execution x, InclusiveGatewayDefinition gateway, long scopeId)
    {
        var buffered = x.State.Tokens.Where(t => t.ScopeId == scopeId && t.NodeId == gateway.Id && t.Status == TokenStatus.Joining).ToList();
        if (buffered.Count == 0) return false;
        // A token already on its way into this gateway joins the buffer when it enters; decide then.
        if (x.State.Tokens.Any(t => t.ScopeId == scopeId && t.NodeId == gateway.Id && t.Status == TokenStatus.Running && t.ArrivedVia is not null)) return false;
        var filled = buffered.Select(t => t.ArrivedVia!).ToHashSet(StringComparer.Ordinal);
        var empty = gateway.Incoming.Select(f => f.Id).Where(id => !filled.Contains(id)).ToList();
        foreach (var other in x.State.Tokens)
        {
            if (other.ScopeId != scopeId || (other.NodeId == gateway.Id && other.Status == TokenStatus.Joining)) continue;
            var reachesEmpty = empty.Any(f => gateway.UpstreamByIncomingFlow[f].Contains(other.NodeId));
            var reachesFilled = filled.Any(f => gateway.UpstreamByIncomingFlow[f].Contains(other.NodeId));
            if (reachesEmpty && !reachesFilled) return false;
        }
        foreach (var flow in filled) x.Remove(buffered.First(t => t.ArrivedVia == flow));
        x.Journal(JournalKind.NodeLeft, gateway.Id, $"Inclusive gateway '{gateway.DisplayName}' joined {filled.Count} branch(es).");
        x.Leave(x.Place(scopeId, gateway.Id));
        return true;
    }
}
