using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// A conditional event's trigger: its condition, and which variable changes make it look again (Camunda 7's
/// <c>camunda:variableName</c> and <c>camunda:variableEvents</c>; empty means any change).
/// </summary>
public sealed record ConditionalDefinition(CompiledScript Condition, string? VariableName, IReadOnlyList<string> VariableEvents);
