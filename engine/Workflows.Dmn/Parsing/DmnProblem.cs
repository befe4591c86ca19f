namespace Workflows.Dmn.Parsing;

/// <summary>One thing wrong with a DMN file: the element it concerns (null for the document), a stable code and a sentence.</summary>
public sealed record DmnProblem(string? ElementId, string Code, string Message);
