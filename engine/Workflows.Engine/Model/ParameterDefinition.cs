namespace Workflows.Engine.Model;

/// <summary>One <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>.</summary>
public sealed record ParameterDefinition(string Name, ValueDefinition Value);
