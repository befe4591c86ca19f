namespace Workflows.Server.Decisions;

/// <summary>
/// The history of one evaluation: which decision version, with which inputs, which rules matched and what came out;
/// from a business rule task (<see cref="InstanceId"/>, <see cref="NodeId"/>) or from the evaluate API.
/// </summary>
public sealed class DecisionEvaluationEntity
{
    public Guid Id { get; set; }
    public Guid DecisionId { get; set; }
    public required string DecisionKey { get; set; }
    public int DecisionVersion { get; set; }
    public Guid? InstanceId { get; set; }
    public string? NodeId { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }
    public string? EvaluatedBy { get; set; }

    /// <summary>JSON array of the input columns as evaluated: <c>[{id, label, expression, value}]</c>.</summary>
    public required string Inputs { get; set; }
    public required string[] MatchedRules { get; set; }

    /// <summary>JSON array with one output map per returned rule.</summary>
    public required string Outputs { get; set; }
}
