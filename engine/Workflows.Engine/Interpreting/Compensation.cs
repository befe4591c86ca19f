using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Compensation as Camunda 7 runs it: an activity with a compensation boundary event that completes leaves a record in
/// the scope it ran in (one per multi-instance inner instance, with its loopCounter and element); a compensation throw
/// in that scope consumes the records (all, or those of its <c>activityRef</c>) and runs their handlers one at a time,
/// the most recently completed first, waiting until the last has finished. Nothing to compensate: it just goes on.
/// Limits: a completed subprocess's own inner records are not compensated through it, nor anything in a called process.
/// </summary>
internal static class Compensation
{
    /// <summary>Called as an activity completes.</summary>
    public static void Record(Execution x, Token token, FlowNodeDefinition node)
    {
        if (node.BoundaryEvents.FirstOrDefault(b => b.Trigger == BoundaryTrigger.Compensation) is not { CompensationHandlerId: { } handler }) return;
        var scopeId = token.ScopeId;
        IReadOnlyDictionary<string, JsonElement>? locals = token.Variables;
        if (node.MultiInstance is not null && x.FindScope(token.ScopeId) is { Body: not null } body && body.SubProcessId == token.NodeId)
        {
            // An inner instance: undone in the scope its body runs in, seeing its own loopCounter and element again.
            locals = new Dictionary<string, JsonElement>(MultiInstance.Locals(x, token, body).Concat(token.Variables ?? new Dictionary<string, JsonElement>()));
            scopeId = x.FindToken(body.ParentTokenId!.Value)!.ScopeId;
        }
        x.State.Compensations.Add(new CompensationState(x.NewId(), scopeId, node.Id, handler, locals));
    }

    /// <summary>A compensation throw or end event: waits while the handlers run, or goes on at once when there is nothing to undo.</summary>
    public static void Throw(Execution x, Token thrower, CompensateDefinition compensate)
    {
        var records = x.State.Compensations.Where(c => c.ScopeId == thrower.ScopeId && (compensate.ActivityRef is null || c.NodeId == compensate.ActivityRef)).ToList();
        if (records.Count == 0)
        {
            x.Journal(JournalKind.CompensationThrown, thrower.NodeId, "Compensation thrown; nothing completed here has a handler, so the flow goes on.");
            Done(x, thrower);
            return;
        }
        x.State.Compensations.RemoveAll(records.Contains);
        records.Reverse();
        x.Journal(JournalKind.CompensationThrown, thrower.NodeId, $"Compensating {records.Count} completed {(records.Count == 1 ? "activity" : "activities")}, most recent first.");
        var waiting = x.Update(thrower with { Status = TokenStatus.Waiting, Since = x.Now });
        Next(x, new CompensationRun(waiting.Id, records, null));
    }

    /// <summary>A handler reached its end: the next one starts, or the thrower goes on. False when the token was no handler of a run.</summary>
    public static bool HandlerDone(Execution x, Token handler)
    {
        if (x.State.CompensationRuns.Find(r => r.HandlerTokenId == handler.Id) is not { } run) return false;
        x.Consume(handler);
        x.State.CompensationRuns.Remove(run);
        Next(x, run);
        return true;
    }

    /// <summary>The thrower was cancelled: its run stops (handlers still running are cancelled with their scope).</summary>
    public static void Forget(Execution x, Token thrower) => x.State.CompensationRuns.RemoveAll(r => r.ThrowerTokenId == thrower.Id);

    private static void Next(Execution x, CompensationRun run)
    {
        if (run.Pending.Count == 0)
        {
            var thrower = x.FindToken(run.ThrowerTokenId)!;
            Done(x, x.Update(thrower with { Status = TokenStatus.Running }));
            return;
        }
        var record = run.Pending[0];
        x.Journal(JournalKind.CompensationStarted, record.HandlerId, $"Undoing '{record.NodeId}' by '{record.HandlerId}'.");
        var handler = x.Spawn(record.ScopeId, record.HandlerId, null);
        if (record.Variables is { Count: > 0 } locals) handler = x.Update(handler with { Variables = locals });
        x.State.CompensationRuns.Add(run with { Pending = run.Pending.Skip(1).ToList(), HandlerTokenId = handler.Id });
    }

    private static void Done(Execution x, Token thrower)
    {
        if (x.Definition.Node(thrower.NodeId) is EndEventDefinition) x.Consume(thrower);
        else x.Leave(thrower);
    }
}
