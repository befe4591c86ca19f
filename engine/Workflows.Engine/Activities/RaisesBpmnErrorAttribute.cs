namespace Workflows.Engine.Activities;

/// <summary>Declares a BPMN error code the activity may raise, so the designer can offer it to error boundaries.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RaisesBpmnErrorAttribute(string code, string description) : Attribute
{
    public string Code { get; } = code;
    public string Description { get; } = description;
}
