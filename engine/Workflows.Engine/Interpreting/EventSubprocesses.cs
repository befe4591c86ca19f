using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Event subprocesses (Camunda 7): while a scope runs, each event subprocess in it listens for its start event's timer,
/// message, signal or condition on a listening token, which does not keep the scope from completing; error and escalation
/// starts are found by the throwers instead. A trigger starts the event subprocess in that scope, after cancelling
/// everything else in it when the start event interrupts; a non-interrupting one keeps listening and may start again.
/// </summary>
internal static class EventSubprocesses
{
    /// <summary>A scope began: its event subprocesses that wait for something start listening.</summary>
    public static void Arm(Execution x, ScopeInstance scope, string? containerId)
    {
        if (scope.Body is not null) return; // a multi-instance body is not a scope of the diagram's own
        foreach (var subprocess in x.Definition.EventSubprocessesIn(containerId))
        {
            var start = x.Definition.Node<StartEventDefinition>(subprocess.StartEventId);
            if (start.Timer is null && start.MessageName is null && start.SignalName is null && start.Conditional is null) continue;
            var listener = new Token(x.NewId(), scope.Id, start.Id, TokenStatus.Listening, x.Now);
            x.State.Tokens.Add(listener);
            if (start.Timer is { } timer) Waits.StartTimer(x, listener, start.Id, timer);
            else if (start.MessageName is { } message) Waits.Subscribe(x, listener, start.Id, ExpressionCompiler.CompileText(message));
            else if (start.SignalName is { } signal) Waits.Subscribe(x, listener, start.Id, ExpressionCompiler.CompileText(signal), signal: true);
            else x.ListensOnCondition(listener);
        }
    }

    /// <summary>Starts the event subprocess of <paramref name="start"/> in scope <paramref name="scopeId"/>.</summary>
    public static void Start(Execution x, long scopeId, StartEventDefinition start, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var subprocess = x.Definition.Node<SubProcessDefinition>(start.ScopeId!);
        x.Journal(JournalKind.EventTriggered, start.Id,
            $"Event subprocess '{subprocess.DisplayName}' started{(start.IsInterrupting ? ", interrupting its scope" : "")}.");
        if (start.IsInterrupting) Cancellation.CancelTokensOf(x, scopeId, except: null);
        x.Merge(variables);
        var host = x.Wait(x.Place(scopeId, subprocess.Id));
        var inner = new ScopeInstance(x.NewId(), host.Id, subprocess.Id);
        x.State.Scopes.Add(inner);
        Arm(x, inner, subprocess.Id);
        x.Spawn(inner.Id, start.Id, null);
    }

    /// <summary>The error start event of an event subprocess of this scope that catches <paramref name="code"/>: a code match beats a catch-all.</summary>
    public static StartEventDefinition? ErrorStart(Execution x, long scopeId, string code) =>
        Starts(x, scopeId, s => s.CatchesError ? s.ErrorCode == code ? 2 : s.ErrorCode is null ? 1 : 0 : 0);

    public static StartEventDefinition? EscalationStart(Execution x, long scopeId, string code) =>
        Starts(x, scopeId, s => s.CatchesEscalation ? s.EscalationCode == code ? 2 : s.EscalationCode is null ? 1 : 0 : 0);

    private static StartEventDefinition? Starts(Execution x, long scopeId, Func<StartEventDefinition, int> match)
    {
        if (x.State.Scopes.Find(s => s.Id == scopeId) is not { Body: null } scope) return null;
        return x.Definition.EventSubprocessesIn(scope.SubProcessId)
            .Select(s => x.Definition.Node<StartEventDefinition>(s.StartEventId))
            .Where(s => match(s) > 0).OrderByDescending(match).FirstOrDefault();
    }
}
