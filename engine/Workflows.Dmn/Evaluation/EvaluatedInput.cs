namespace Workflows.Dmn.Evaluation;

/// <summary>An input column's value in one evaluation, as history records it.</summary>
public sealed record EvaluatedInput(string Id, string? Label, string Expression, object? Value);
