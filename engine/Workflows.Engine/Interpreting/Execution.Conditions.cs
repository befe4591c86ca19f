using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>What conditional events need from a step: the variables it changed, and the waits it began.</summary>
public sealed partial class Execution
{
    private readonly List<(string Name, bool Created)> _variableChanges = [];
    private readonly List<long> _newConditionalWaits = [];

    /// <summary>A variable was set; conditional events look again at the next quiescence (the caller asks only when some exist).</summary>
    private void Changed(string name, bool created) => _variableChanges.Add((name, created));

    /// <summary>A token began to wait where a condition decides (a conditional catch, or a host with conditional boundaries).</summary>
    /// <param name="withBoundaries">False for an inner instance of a multi-instance node: its boundary events are its body's.</param>
    private void WaitsOnConditions(Token token, FlowNodeDefinition node, bool withBoundaries)
    {
        if (node is IntermediateCatchEventDefinition { Conditional: not null } || (withBoundaries && node.BoundaryEvents.Any(b => b.Conditional is not null)))
            _newConditionalWaits.Add(token.Id);
    }

    /// <summary>An event subprocess's conditional start began to listen: its condition is looked at once the step is quiet.</summary>
    internal void ListensOnCondition(Token listener) => _newConditionalWaits.Add(listener.Id);

    internal (List<(string Name, bool Created)> Changes, List<long> NewWaits) TakeConditionTriggers()
    {
        var taken = (_variableChanges.ToList(), _newConditionalWaits.ToList());
        _variableChanges.Clear();
        _newConditionalWaits.Clear();
        return taken;
    }

    public bool Condition(CompiledScript condition, string elementId)
    {
        try
        {
            return Scripts.EvaluateCondition(condition, this);
        }
        catch (ExpressionException e)
        {
            throw Fail(StepErrorCodes.Expression, $"The condition of '{elementId}' failed: {e.Message}", elementId);
        }
    }
}
