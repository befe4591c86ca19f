using Workflows.Engine.Activities;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;

namespace Workflows.Server.Runtime;

/// <summary>
/// Runs custom activities inline, inside the step's transaction (Camunda's synchronous continuation).
/// Activities that talk to the outside world write outbox rows instead of calling out.
/// </summary>
public sealed class ActivityRunner(IServiceProvider services) : IActivityInvoker
{
    public async Task<InstanceEvent> InvokeAsync(Guid instanceId, string? businessKey, string? actor, RunActivity request, CancellationToken cancellationToken)
    {
        var activity = services.GetKeyedService<IActivity>(request.Topic)
            ?? throw new ActivityFailedException(request.NodeId, $"No activity serves topic '{request.Topic}'.");
        var context = new ActivityContext(instanceId, request.NodeId, request.JobId, businessKey, request.Inputs, request.Retries, cancellationToken)
        {
            Actor = actor,
        };
        ActivityResult result;
        try
        {
            result = await activity.ExecuteAsync(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ActivityFailedException(request.NodeId, $"Activity '{request.Topic}' failed: {e.Message}", e);
        }
        return result.Kind switch
        {
            ActivityResultKind.Completed => new CompleteActivity(request.JobId, result.Outputs),
            ActivityResultKind.BpmnError => new RaiseBpmnError(request.JobId, result.ErrorCode!, result.Message),
            _ => throw new ActivityFailedException(request.NodeId, $"Activity '{request.Topic}' failed: {result.Message}"),
        };
    }
}
