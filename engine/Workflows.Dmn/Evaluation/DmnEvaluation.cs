namespace Workflows.Dmn.Evaluation;

/// <summary>The requested decision's result, and every decision evaluated to get it (required ones first, each once).</summary>
public sealed record DmnEvaluation(DecisionResult Result, IReadOnlyList<DecisionResult> Decisions);
