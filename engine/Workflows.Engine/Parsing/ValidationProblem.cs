namespace Workflows.Engine.Parsing;

/// <summary>One thing wrong with a diagram: the element it concerns (null for the document), a stable code and a sentence.</summary>
public sealed record ValidationProblem(string? ElementId, string Code, string Message);
