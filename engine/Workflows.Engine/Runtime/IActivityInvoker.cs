using Workflows.Engine.Interpreting;

namespace Workflows.Engine.Runtime;

/// <summary>Runs a custom activity inline and turns its result into the event that continues the instance.</summary>
public interface IActivityInvoker
{
    /// <exception cref="ActivityFailedException">The activity threw or failed technically.</exception>
    Task<InstanceEvent> InvokeAsync(Guid instanceId, string? businessKey, string? actor, RunActivity request, CancellationToken cancellationToken);
}
