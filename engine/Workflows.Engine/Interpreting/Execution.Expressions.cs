using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>Expression evaluation with failures reported at the element that owns the expression.</summary>
public sealed partial class Execution
{
    public bool Condition(SequenceFlowDefinition flow)
    {
        try
        {
            return Scripts.EvaluateCondition(flow.Condition!, this);
        }
        catch (ExpressionException e)
        {
            throw Fail(StepErrorCodes.Expression, $"The condition of flow '{flow.Name ?? flow.Id}' failed: {e.Message}", flow.Id);
        }
    }

    public JsonElement Evaluate(CompiledScript script, IVariableAccess variables, string elementId)
    {
        try
        {
            return Scripts.Evaluate(script, variables);
        }
        catch (ExpressionException e)
        {
            throw Fail(StepErrorCodes.Expression, $"An expression of '{elementId}' failed: {e.Message}", elementId);
        }
    }

    public string? EvaluateText(CompiledText? text, string elementId)
    {
        if (text is null) return null;
        try
        {
            return text.EvaluateString(Scripts, this);
        }
        catch (ExpressionException e)
        {
            throw Fail(StepErrorCodes.Expression, $"An expression of '{elementId}' failed: {e.Message}", elementId);
        }
    }

    public JsonElement Evaluate(ValueDefinition value, IVariableAccess variables, string elementId) => value switch
    {
        ValueDefinition.Literal literal => literal.Value,
        ValueDefinition.Expression expression => Evaluate(expression.Script, variables, elementId),
        ValueDefinition.List list => JsonValues.From(list.Items.Select(item => Evaluate(item, variables, elementId)).ToList()),
        ValueDefinition.Map map => JsonValues.From(map.Entries.ToDictionary(e => e.Key, e => Evaluate(e.Value, variables, elementId))),
        _ => JsonValues.Null,
    };

    /// <summary>Evaluates <c>camunda:inputParameter</c>s; without any, an activity receives every process variable.</summary>
    public IReadOnlyDictionary<string, JsonElement> Inputs(FlowNodeDefinition node, bool allVariablesWhenUnmapped)
    {
        if (node.InputOutput.Inputs.Count == 0)
            return allVariablesWhenUnmapped ? VisibleVariables() : new Dictionary<string, JsonElement>();
        var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var scope = new LocalVariables(this, inputs);
        foreach (var parameter in node.InputOutput.Inputs) inputs[parameter.Name] = Evaluate(parameter.Value, scope, node.Id);
        return inputs;
    }
}
