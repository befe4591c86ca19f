using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Dmn.Evaluation;
using Workflows.Engine.Interpreting;
using Workflows.Server.Database;

namespace Workflows.Server.Decisions;

/// <summary>
/// Finds the decision version a caller means and evaluates it (parsed once per version by <see cref="DecisionCache"/>).
/// Both the evaluate API and business rule tasks come through here, so they see one repository.
/// </summary>
public sealed class DecisionRepository(ServerDbContext db, DecisionCache cache, TimeProvider clock)
{
    /// <summary>The version asked for, else the latest; with <paramref name="publishedBy"/>, the latest published by then.</summary>
    public Task<DecisionEntity?> FindAsync(string key, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken)
    {
        var query = db.Decisions.AsNoTracking().Where(d => d.Key == key);
        if (version is { } n) query = query.Where(d => d.Version == n);
        if (publishedBy is { } at) query = query.Where(d => d.PublishedAt <= at);
        return query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
    }

    /// <exception cref="DmnEvaluationException">The decision could not be evaluated with these variables; the message says where and why.</exception>
    public DecisionOutcome Evaluate(DecisionEntity decision, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var definition = cache.Get(decision);
        DmnEvaluation evaluation;
        try
        {
            evaluation = DmnEvaluator.Evaluate(definition, decision.Key, variables.ToDictionary(v => v.Key, v => (object?)v.Value));
        }
        catch (Dmn.Feel.FeelException e)
        {
            throw new DmnEvaluationException(decision.Key, decision.Name ?? decision.Key, null, null, e.Message, e);
        }
        var result = evaluation.Result;
        return new DecisionOutcome(decision.Id.ToString(), decision.Key, decision.Version, result.Outputs.Select(DecisionValues.Output).ToList(),
            result.MatchedRuleIds, DecisionValues.Inputs(result.Inputs));
    }

    /// <summary>A history row for an evaluation, added to the scope's context: it commits with what caused it, or not at all.</summary>
    public DecisionEvaluationEntity Record(DecisionOutcome outcome, Guid? instanceId, string? nodeId, string? actor)
    {
        var entity = History(outcome, instanceId, nodeId, actor, clock.GetUtcNow());
        db.DecisionEvaluations.Add(entity);
        return entity;
    }

    public static DecisionEvaluationEntity History(DecisionOutcome outcome, Guid? instanceId, string? nodeId, string? actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(), DecisionId = Guid.Parse(outcome.DecisionId), DecisionKey = outcome.DecisionKey, DecisionVersion = outcome.Version,
        InstanceId = instanceId, NodeId = nodeId, EvaluatedAt = at, EvaluatedBy = actor, Inputs = outcome.Inputs.GetRawText(),
        MatchedRules = [.. outcome.MatchedRuleIds], Outputs = JsonSerializer.Serialize(outcome.Outputs),
    };
}
