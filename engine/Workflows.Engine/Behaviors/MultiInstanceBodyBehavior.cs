using System.Globalization;
using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// A multi-instance activity entered (BPMN 2.0.2 §13.3.7, Camunda 7's multi-instance body): the token waits at the
/// node as the body, which holds the boundary events; a body scope keeps nrOfInstances, nrOfActiveInstances and
/// nrOfCompletedInstances; inner instances (tokens with loopCounter and the element variable as locals) run the
/// activity itself, all at once (parallel) or one after the other (sequential). The count is read once, here;
/// a count or collection that cannot be read fails the step, naming the node, so nothing is left stuck.
/// </summary>
public sealed class MultiInstanceBodyBehavior : IFlowNodeBehavior
{
    public void Execute(Execution execution, Token token, FlowNodeDefinition node)
    {
        var x = execution;
        var loop = node.MultiInstance!;
        var items = Collection(x, node, loop);
        var count = Cardinality(x, node, loop) ?? items!.Count;
        if (count == 0)
        {
            x.Journal(JournalKind.NodeLeft, node.Id, $"Multi-instance '{node.DisplayName}' has no instances to run.");
            if (loop.OutputCollection is { } empty) x.Set(empty, JsonValues.From(Array.Empty<object>()));
            x.Leave(token);
            return;
        }
        var body = x.Wait(token);
        var locals = new Dictionary<string, JsonElement>
        {
            [MultiInstance.NrOfInstances] = JsonValues.Number(count),
            [MultiInstance.NrOfActiveInstances] = JsonValues.Number(loop.IsSequential ? 1 : count),
            [MultiInstance.NrOfCompletedInstances] = JsonValues.Number(0),
        };
        if (loop.OutputCollection is { } output) locals[output] = JsonValues.From(new object?[count]);
        var started = loop.IsSequential ? 1 : count;
        var scope = new ScopeInstance(x.NewId(), body.Id, node.Id, locals,
            new MultiInstanceBodyState(count, started, items is null ? null : JsonValues.From(items)));
        x.State.Scopes.Add(scope);
        x.Journal(JournalKind.NodeEntered, node.Id, $"Multi-instance '{node.DisplayName}': {count} instance(s), {(loop.IsSequential ? "sequential" : "parallel")}.");
        for (var i = 0; i < started; i++) MultiInstance.StartInner(x, scope, node, i);
    }

    private static int? Cardinality(Execution x, FlowNodeDefinition node, MultiInstanceDefinition loop)
    {
        if (loop.Cardinality is { } literal) return literal;
        if (loop.CardinalityExpression is not { } expression) return null;
        var value = x.Evaluate(expression, x, node.Id);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number >= 0 && number == Math.Floor(number) && number <= int.MaxValue)
            return (int)number;
        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
            return parsed;
        throw Execution.Fail(StepErrorCodes.MultiInstance,
            $"The loop cardinality of '{node.DisplayName}' is {Describe(value)}; it must be a whole number of at least 0.", node.Id);
    }

    private static List<JsonElement>? Collection(Execution x, FlowNodeDefinition node, MultiInstanceDefinition loop)
    {
        JsonElement value;
        if (loop.CollectionVariable is { } name)
        {
            if (!x.TryGet(name, out value))
                throw Execution.Fail(StepErrorCodes.MultiInstance, $"The collection '{name}' of multi-instance '{node.DisplayName}' is not set.", node.Id);
        }
        else if (loop.CollectionExpression is { } expression) value = x.Evaluate(expression, x, node.Id);
        else return null;
        if (value.ValueKind != JsonValueKind.Array)
            throw Execution.Fail(StepErrorCodes.MultiInstance,
                $"The collection of multi-instance '{node.DisplayName}' is {Describe(value)}, not a list.", node.Id);
        return value.EnumerateArray().ToList();
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text '{ExpressionCompiler.Shorten(value.GetString()!)}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => $"'{value.GetRawText()}'",
        _ => "empty",
    };
}
