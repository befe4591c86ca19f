namespace Workflows.Engine.Activities;

/// <summary>Names an activity: the stable topic BPMN files reference, and how the designer shows it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string topic) : Attribute
{
    public string Topic { get; } = topic;
    public string? DisplayName { get; init; }
    public string Category { get; init; } = "General";
    public string? Description { get; init; }
}
