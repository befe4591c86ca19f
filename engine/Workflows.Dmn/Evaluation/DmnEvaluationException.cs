namespace Workflows.Dmn.Evaluation;

/// <summary>
/// A decision that could not be evaluated. The message names the decision, where in it (a rule, an input, an output),
/// the FEEL text, and what went wrong; the parts are also properties for an incident or an API problem.
/// </summary>
public sealed class DmnEvaluationException : Exception
{
    public DmnEvaluationException(string decisionId, string decisionName, string? location, string? expression, string reason, Exception? inner = null)
        : base(Compose(decisionId, decisionName, location, expression, reason), inner)
    {
        DecisionId = decisionId;
        DecisionName = decisionName;
        Location = location;
        Expression = expression;
        Reason = reason;
    }

    public string DecisionId { get; }
    public string DecisionName { get; }

    /// <summary>Where in the decision it failed ("rule 'r3'", "input 'i1'"); null when it concerns the whole decision.</summary>
    public string? Location { get; }
    public string? Expression { get; }
    public string Reason { get; }

    private static string Compose(string decisionId, string decisionName, string? location, string? expression, string reason)
    {
        var where = $"Decision '{decisionName}' ({decisionId})";
        if (location is not null) where += $", {location}";
        if (expression is not null) where += $", expression '{expression}'";
        return $"{where}: {reason}";
    }
}
