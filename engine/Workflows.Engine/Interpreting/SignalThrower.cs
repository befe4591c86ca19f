using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Signal throw and end events: the signal goes out as an effect carrying the node's input parameters as its variables
/// (none when it maps none); the host delivers it after the step commits, to every
/// waiting instance, this one included, and to every process that starts by it (Camunda 8's asynchronous broadcast).
/// </summary>
internal static class SignalThrower
{
    public static void Throw(Execution x, FlowNodeDefinition node, CompiledText name)
    {
        var signal = x.EvaluateText(name, node.Id) ?? "";
        x.Journal(JournalKind.SignalThrown, node.Id, $"Signal '{signal}' thrown.");
        x.Emit(new BroadcastSignal(node.Id, signal, x.Inputs(node, allVariablesWhenUnmapped: false)));
    }
}
