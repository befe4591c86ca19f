using Workflows.Engine.Interpreting;

namespace Workflows.Engine.Runtime;

/// <summary>
/// Evaluates a business rule task's decision inline, within the step, against the host's decision repository, and
/// turns the outcome into the event that continues the instance: CompleteDecision, or FailActivity (no retries) when
/// the decision is not deployed or its evaluation fails, which the interpreter makes an incident at the task.
/// </summary>
public interface IDecisionInvoker
{
    Task<InstanceEvent> EvaluateAsync(StoredInstance instance, EvaluateDecision request, CancellationToken cancellationToken);
}
