using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>A timer fired or a message arrived: the wait's node decides what happens to its owner token.</summary>
internal static class Triggers
{
    public static bool Timer(Execution x, TimerState timer)
    {
        x.State.Timers.Remove(timer);
        x.Journal(JournalKind.TimerFired, timer.NodeId, $"Timer of '{timer.NodeId}' fired.");
        var owner = x.FindToken(timer.TokenId)!;
        if (x.Definition.Node(timer.NodeId) is StartEventDefinition start)
        {
            // An event subprocess's timer: a non-interrupting cycle listens for its next round.
            if (!start.IsInterrupting && timer.Cycle is not null && timer.Remaining != 0
                && Timers.TimerCycle.Parse(timer.Cycle).Next(timer.DueAt) is { } due)
                Waits.AddTimer(x, owner.Id, timer.NodeId, due, timer.Remaining < 0 ? -1 : timer.Remaining - 1, timer.Cycle);
            EventSubprocesses.Start(x, owner.ScopeId, start, null);
            return true;
        }
        if (x.Definition.Node(timer.NodeId) is BoundaryEventDefinition { CancelActivity: false } boundary && timer.Cycle is not null && timer.Remaining != 0)
        {
            var next = Timers.TimerCycle.Parse(timer.Cycle).Next(timer.DueAt);
            if (next is { } due) Waits.AddTimer(x, owner.Id, timer.NodeId, due, timer.Remaining < 0 ? -1 : timer.Remaining - 1, timer.Cycle);
            BoundaryEvents.Trigger(x, owner, boundary);
            return true;
        }
        Resume(x, owner, timer.NodeId, null);
        return true;
    }

    public static bool Message(Execution x, MessageSubscriptionState subscription, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        x.Journal(subscription.Signal ? JournalKind.SignalReceived : JournalKind.MessageReceived, subscription.NodeId,
            $"{(subscription.Signal ? "Signal" : "Message")} '{subscription.MessageName}' received.");
        var owner = x.FindToken(subscription.TokenId)!;
        var node = x.Definition.Node(subscription.NodeId);
        if (node is StartEventDefinition start)
        {
            // An event subprocess's message or signal: the subscription stays for a non-interrupting one; an interrupting
            // one withdraws it with everything else in the scope.
            EventSubprocesses.Start(x, owner.ScopeId, start, variables);
            return true;
        }
        if (node is BoundaryEventDefinition { CancelActivity: false } boundary)
        {
            x.Merge(variables);
            BoundaryEvents.Trigger(x, owner, boundary);
            return true;
        }
        x.State.Subscriptions.Remove(subscription);
        Resume(x, owner, subscription.NodeId, variables);
        return true;
    }

    private static void Resume(Execution x, Token owner, string eventNodeId, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var eventNode = x.Definition.Node(eventNodeId);
        if (eventNode is BoundaryEventDefinition boundary)
        {
            x.Merge(variables);
            BoundaryEvents.Trigger(x, owner, boundary);
        }
        else if (owner.NodeId == eventNodeId)
        {
            x.Complete(owner, variables);
        }
        else
        {
            // An event-based gateway: the first event wins and the others are withdrawn.
            Waits.Close(x, owner.Id, _ => true);
            x.Remove(owner);
            x.Journal(JournalKind.NodeLeft, owner.NodeId, $"Event-based gateway '{owner.NodeId}' continued with '{eventNodeId}'.");
            var token = x.Place(owner.ScopeId, eventNodeId);
            x.Merge(variables);
            x.Leave(token);
        }
    }
}
