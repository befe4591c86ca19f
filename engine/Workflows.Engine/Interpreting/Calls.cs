using System.Globalization;
using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Call activities, parent side: the call starts a child through the host (<see cref="StartChild"/>) and waits; the child's
/// end comes back as an event. Only what <c>camunda:in</c> passes goes down, only what <c>camunda:out</c> maps comes back.
/// </summary>
internal static class Calls
{
    public static void Start(Execution x, Token token, CallActivityDefinition node)
    {
        x.InContextOf(token);
        var key = x.EvaluateText(node.CalledElement, node.Id)?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            Incidents.Raise(x, token, IncidentKind.FailedCall, $"Call activity '{node.DisplayName}': called element '{node.CalledElement.Text}' names no process.");
            return;
        }
        int? version = null;
        if (node.Binding == CallBinding.Version)
        {
            var text = x.EvaluateText(node.Version, node.Id);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                Incidents.Raise(x, token, IncidentKind.FailedCall, $"Call activity '{node.DisplayName}': version '{text}' of '{key}' is not a version number.");
                return;
            }
            version = number;
        }
        var inputs = x.Inputs(node, allVariablesWhenUnmapped: false);
        var scope = new LocalVariables(x, inputs);
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var mapping in node.In)
        {
            if (mapping.All)
            {
                var all = mapping.Local ? token.Variables ?? new Dictionary<string, JsonElement>() : x.VisibleVariables();
                foreach (var (name, value) in all.Concat(inputs)) variables[name] = value;
            }
            else variables[mapping.Target!] = Read(x, mapping, scope, node.Id);
        }
        string? businessKey = null;
        if (node.BusinessKey is not null && x.Evaluate(node.BusinessKey, scope, node.Id) is { ValueKind: not JsonValueKind.Null } keyValue)
            businessKey = keyValue.ValueKind == JsonValueKind.String ? keyValue.GetString() : keyValue.GetRawText();
        var call = new CallState(x.NewId(), token.Id, node.Id, key);
        x.State.Calls.Add(call);
        x.Emit(new StartChild(call.Id, node.Id, key, node.Binding, version, variables, businessKey));
        x.Journal(JournalKind.ChildCalled, node.Id, $"Called process '{key}'{(version is null ? "" : $" version {version}")}.");
    }

    public static bool Completed(Execution x, ChildCompleted done)
    {
        if (Take(x, done.CallId) is not { } call) return false;
        var (token, node) = (x.FindToken(call.TokenId)!, (CallActivityDefinition)x.Definition.Node(call.NodeId));
        x.Journal(JournalKind.ChildEnded, node.Id, $"The called instance of '{call.CalledKey}' completed.");
        var locals = MapOut(x, token, node, done.Variables);
        x.Complete(x.FindToken(token.Id)!, node.InputOutput.Outputs.Count > 0 ? locals : null);
        return true;
    }

    /// <summary>The child's uncaught error, after its <c>camunda:out</c>: caught around the call activity, else it stays the child's incident.</summary>
    public static bool Error(Execution x, ChildThrewError error)
    {
        if (x.State.Calls.Find(c => c.Id == error.CallId) is not { } call) return false;
        var token = x.FindToken(call.TokenId)!;
        MapOut(x, token, (CallActivityDefinition)x.Definition.Node(call.NodeId), error.Variables);
        return ErrorThrower.Throw(x, x.FindToken(token.Id)!, error.Code, error.Message, fromChild: true);
    }

    public static bool Escalated(Execution x, ChildEscalated escalation)
    {
        if (x.State.Calls.Find(c => c.Id == escalation.CallId) is not { } call) return false;
        var token = x.FindToken(call.TokenId)!;
        MapOut(x, token, (CallActivityDefinition)x.Definition.Node(call.NodeId), escalation.Variables);
        EscalationThrower.ThrowFromActivity(x, x.FindToken(token.Id)!, escalation.Code, escalation.Name);
        return true;
    }

    public static bool Failed(Execution x, long callId, string message)
    {
        if (Take(x, callId) is not { } call) return false;
        Incidents.Raise(x, x.FindToken(call.TokenId)!, IncidentKind.FailedCall, message);
        return true;
    }

    /// <summary>The token's calls end with it: their children are cancelled.</summary>
    public static void CancelChildrenOf(Execution x, Token token)
    {
        foreach (var call in x.State.Calls.Where(c => c.TokenId == token.Id).ToList())
        {
            x.State.Calls.Remove(call);
            x.Emit(new CancelChild(call.Id, call.NodeId));
        }
    }

    private static CallState? Take(Execution x, long callId)
    {
        if (x.State.Calls.Find(c => c.Id == callId) is not { } call) return null;
        x.State.Calls.Remove(call);
        return call;
    }

    private static JsonElement Read(Execution x, CallMapping mapping, IVariableAccess scope, string nodeId) =>
        mapping.SourceExpression is { } script ? x.Evaluate(script, scope, nodeId)
        : scope.TryGet(mapping.Source!, out var value) ? value : JsonValues.Null;

    /// <summary>Applies the <c>camunda:out</c> mappings; returns the local ones, which only the output parameters see.</summary>
    private static Dictionary<string, JsonElement> MapOut(Execution x, Token token, CallActivityDefinition node, IReadOnlyDictionary<string, JsonElement> child)
    {
        x.InContextOf(token);
        var source = new CalledVariables(child);
        var locals = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var mapping in node.Out)
        {
            var values = mapping.All ? child.ToList() : [new KeyValuePair<string, JsonElement>(mapping.Target!, Read(x, mapping, source, node.Id))];
            foreach (var (name, value) in values)
                if (mapping.Local) locals[name] = value;
                else x.Set(name, value);
        }
        return locals;
    }
}
