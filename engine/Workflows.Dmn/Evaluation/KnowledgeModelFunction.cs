using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Values;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Evaluation;

/// <summary>
/// A business knowledge model as a FEEL function. Its body sees its parameters and the other knowledge models only,
/// not the caller's variables (DMN 1.3, 10.4).
/// </summary>
internal sealed class KnowledgeModelFunction(BusinessKnowledgeModelDefinition model, IReadOnlyDictionary<string, object?> functions) : FeelFunction
{
    public override string Name => model.Name;

    public override IReadOnlyList<string> ParameterNames => model.Parameters;

    public override object? Invoke(IReadOnlyList<object?> arguments)
    {
        var parameters = new Dictionary<string, object?>();
        for (var i = 0; i < model.Parameters.Count; i++) parameters[model.Parameters[i]] = i < arguments.Count ? arguments[i] : null;
        var scope = new FeelScope(parameters, new FeelScope(functions));
        var frame = new EvaluationFrame(model.Id, model.Name);
        return model.Logic switch
        {
            LiteralExpressionDefinition literal => frame.Guard($"literal expression '{literal.Id}'", literal.Expression.Text, () => literal.Expression.Evaluate(scope)),
            DecisionTableDefinition table => DecisionTableEvaluator.Evaluate(table, scope, frame).Value,
            _ => null,
        };
    }
}
