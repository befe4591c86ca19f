namespace Workflows.Engine.Activities;

/// <summary>Describes an input or output property: what it means, whether it is required, its default.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ActivityPropertyAttribute(string description) : Attribute
{
    public string Description { get; } = description;
    public bool Required { get; init; }

    /// <summary>A JSON literal used when the input is not mapped, e.g. <c>"\"en\""</c> or <c>"3"</c>.</summary>
    public string? Default { get; init; }
}
