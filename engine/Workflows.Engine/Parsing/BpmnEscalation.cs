namespace Workflows.Engine.Parsing;

/// <summary>A <c>bpmn:escalation</c> of the document: events refer to it by id and throw or catch its code.</summary>
public sealed record BpmnEscalation(string Id, string Code, string? Name);
