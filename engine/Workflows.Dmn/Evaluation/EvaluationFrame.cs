using Workflows.Dmn.Feel;

namespace Workflows.Dmn.Evaluation;

/// <summary>Who is being evaluated, so a failing FEEL text can be reported with its decision and element.</summary>
internal readonly record struct EvaluationFrame(string DecisionId, string DecisionName)
{
    public T Guard<T>(string? location, string? expression, Func<T> evaluate)
    {
        try { return evaluate(); }
        catch (DmnEvaluationException) { throw; }
        catch (FeelException e) { throw new DmnEvaluationException(DecisionId, DecisionName, location, expression, e.Message, e); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DmnEvaluationException(DecisionId, DecisionName, location, expression, $"the expression failed ({e.GetType().Name}: {e.Message}).", e);
        }
    }
}
