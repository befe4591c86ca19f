namespace Workflows.Engine.Parsing;

/// <summary>A <c>bpmn:error</c> declared in the document.</summary>
public sealed record BpmnError(string Id, string Code, string? Name);
