namespace Workflows.Engine.Activities;

/// <summary>
/// A custom activity: a small class bound to BPMN service tasks by its topic
/// (<c>camunda:type="external" camunda:topic="..."</c>). The host runs it; the interpreter only asks.
/// </summary>
public interface IActivity
{
    Task<ActivityResult> ExecuteAsync(ActivityContext context);
}
