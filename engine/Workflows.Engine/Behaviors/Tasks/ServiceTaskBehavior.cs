using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Asks the host to run the custom activity bound by topic and waits for CompleteActivity,
/// FailActivity or RaiseBpmnError. The interpreter itself never does the activity's I/O.
/// </summary>
public sealed class ServiceTaskBehavior : FlowNodeBehavior<ServiceTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, ServiceTaskDefinition node)
    {
        var waiting = execution.Wait(token);
        Jobs.RunActivity(execution, waiting, node.Topic, Jobs.DefaultRetries);
    }
}
