using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// The life of a multi-instance body after entry (<see cref="Behaviors.MultiInstanceBodyBehavior"/>): an inner instance
/// completes, the counters move, the completion condition is read in that instance's scope, the rest are cancelled
/// or the next sequential one starts; when the body scope is empty the body leaves with its output collection.
/// </summary>
public static class MultiInstance
{
    public const string LoopCounter = "loopCounter";
    public const string NrOfInstances = "nrOfInstances";
    public const string NrOfActiveInstances = "nrOfActiveInstances";
    public const string NrOfCompletedInstances = "nrOfCompletedInstances";

    /// <summary>A token running the activity itself inside its body, rather than the body waiting at the node.</summary>
    public static bool IsInner(Execution x, Token token) =>
        x.Definition.Node(token.NodeId).MultiInstance is not null && x.FindScope(token.ScopeId) is { Body: not null } scope && scope.SubProcessId == token.NodeId;

    public static void StartInner(Execution x, ScopeInstance body, FlowNodeDefinition node, int loopCounter) =>
        x.Spawn(body.Id, node.Id, null, loopCounter);

    /// <summary>An inner instance's own locals: loopCounter and its element of the body's collection.</summary>
    public static Dictionary<string, JsonElement> Locals(Execution x, Token inner, ScopeInstance body) =>
        VariableScopes.InnerLocals(x.Definition, inner, inner.LoopCounter!.Value, body);

    /// <summary>An inner instance is done (it would leave the node): Camunda 7's order, counters first, then the condition.</summary>
    public static void InnerCompleted(Execution x, Token inner)
    {
        var node = x.Definition.Node(inner.NodeId);
        var loop = node.MultiInstance!;
        var scope = x.FindScope(inner.ScopeId)!;
        var state = scope.Body!;
        x.InContextOf(inner);
        var loopCounter = inner.LoopCounter!.Value;
        if (loop.OutputCollection is { } output) scope = Collect(x, scope, output, loopCounter, x.Evaluate(loop.OutputElement!, x, node.Id));
        var completed = Counter(scope, NrOfCompletedInstances) + 1;
        scope = x.SetLocal(scope, NrOfCompletedInstances, JsonValues.Number(completed));
        if (!loop.IsSequential || state.Next >= state.Count)
            scope = x.SetLocal(scope, NrOfActiveInstances, JsonValues.Number(Counter(scope, NrOfActiveInstances) - 1));
        x.Journal(JournalKind.NodeLeft, node.Id, $"Instance {loopCounter} of multi-instance '{node.DisplayName}' completed ({completed} of {state.Count}).");
        var conditionMet = loop.CompletionCondition is { } condition && Evaluate(x, condition, node);
        x.Remove(inner);
        if (conditionMet)
        {
            x.Journal(JournalKind.NodeLeft, node.Id, $"The completion condition of '{node.DisplayName}' holds: the remaining instances are cancelled.");
            Cancellation.CancelTokensOf(x, scope.Id, except: null);
        }
        else if (loop.IsSequential && state.Next < state.Count)
        {
            var index = x.State.Scopes.IndexOf(scope);
            x.State.Scopes[index] = scope with { Body = state with { Next = state.Next + 1 } };
            StartInner(x, x.State.Scopes[index], node, state.Next);
        }
    }

    /// <summary>The body scope is empty: the body leaves by the node's flows, its output collection copied outward.</summary>
    public static void Leave(Execution x, ScopeInstance scope)
    {
        x.State.Scopes.Remove(scope);
        var body = x.FindToken(scope.ParentTokenId!.Value)!;
        var node = x.Definition.Node(body.NodeId);
        x.InContextOf(body);
        x.Journal(JournalKind.NodeLeft, node.Id, $"Multi-instance '{node.DisplayName}' completed: {Counter(scope, NrOfCompletedInstances)} of {scope.Body!.Count} instance(s).");
        if (node.MultiInstance!.OutputCollection is { } output) x.Set(output, scope.Variables![output]);
        if (node.BoundaryEvents.Count > 0) BoundaryEvents.Disarm(x, body);
        if (node.AsyncAfter) Jobs.Schedule(x, body, JobKind.AsyncAfter);
        else x.Leave(body.Status == TokenStatus.Running ? body : x.Update(body with { Status = TokenStatus.Running }));
    }

    private static ScopeInstance Collect(Execution x, ScopeInstance scope, string output, int loopCounter, JsonElement element)
    {
        var list = scope.Variables![output].EnumerateArray().ToArray();
        if (loopCounter < list.Length) list[loopCounter] = element;
        return x.SetLocal(scope, output, JsonValues.From(list));
    }

    private static bool Evaluate(Execution x, CompiledScript condition, FlowNodeDefinition node)
    {
        try
        {
            return x.Scripts.EvaluateCondition(condition, x);
        }
        catch (ExpressionException e)
        {
            throw Execution.Fail(StepErrorCodes.Expression, $"The completion condition of '{node.DisplayName}' failed: {e.Message}", node.Id);
        }
    }

    private static int Counter(ScopeInstance scope, string name) => scope.Variables![name].GetInt32();
}
