using System.Text.Json;

namespace Workflows.Engine.Activities;

/// <summary>
/// Base for activities with typed inputs and outputs. Inputs are bound from the task's input mapping by
/// property name (camelCase); a missing required input or a wrong type fails the run with a sentence
/// naming the input. The descriptor the designer shows is read from the same types.
/// </summary>
public abstract class Activity<TInput, TOutput> : IActivity where TInput : class
{
    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        TInput input;
        try
        {
            input = ActivityBinder.Bind<TInput>(GetType(), context.Inputs);
        }
        catch (ActivityInputException e)
        {
            return ActivityResult.Failure(e.Message);
        }
        return await ExecuteAsync(input, context).ConfigureAwait(false);
    }

    protected abstract Task<ActivityResult> ExecuteAsync(TInput input, ActivityContext context);

    protected static ActivityResult Complete(TOutput output) => ActivityResult.Completed(
        JsonSerializer.SerializeToElement(output, ActivityBinder.Json).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
}
