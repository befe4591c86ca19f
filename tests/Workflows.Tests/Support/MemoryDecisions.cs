using System.Text.Json;
using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Decisions;

namespace Workflows.Tests.Support;

/// <summary>
/// The runtime's decision port over DMN files held in memory, versioned per decision id as the server's repository
/// does, to run business rule tasks through the real DMN engine without a database.
/// </summary>
public sealed class MemoryDecisions : IDecisionInvoker
{
    private readonly Dictionary<string, List<DmnDefinition>> _versions = [];

    public int Evaluations { get; private set; }

    public MemoryDecisions Deploy(string xml)
    {
        var parsed = DmnParser.Parse(xml);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Problems.Select(p => p.Message)));
        foreach (var decision in parsed.Definition!.Decisions)
            (_versions.TryGetValue(decision.Id, out var list) ? list : _versions[decision.Id] = []).Add(parsed.Definition);
        return this;
    }

    public Task<InstanceEvent> EvaluateAsync(StoredInstance instance, EvaluateDecision request, CancellationToken cancellationToken)
    {
        Evaluations++;
        if (!_versions.TryGetValue(request.DecisionKey, out var versions) || request.Version > versions.Count)
            return Task.FromResult<InstanceEvent>(new FailActivity(request.JobId, $"Decision '{request.DecisionKey}' is not deployed; publish it, then retry.", 0));
        var version = request.Version ?? versions.Count;
        try
        {
            var result = DmnEvaluator.Evaluate(versions[version - 1], request.DecisionKey,
                request.Variables.ToDictionary(v => v.Key, v => (object?)v.Value)).Result;
            return Task.FromResult<InstanceEvent>(new CompleteDecision(request.JobId, new DecisionOutcome(Guid.NewGuid().ToString(), request.DecisionKey, version,
                result.Outputs.Select(DecisionValues.Output).ToList(), result.MatchedRuleIds, DecisionValues.Inputs(result.Inputs))));
        }
        catch (DmnEvaluationException e)
        {
            return Task.FromResult<InstanceEvent>(new FailActivity(request.JobId, e.Message, 0));
        }
    }

    public static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
