using Workflows.Dmn.Evaluation;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Decisions;
using Workflows.Server.Persistence;

namespace Workflows.Server.Runtime;

/// <summary>
/// Evaluates business rule tasks' decisions inline, inside the step's transaction. Whatever keeps a decision from
/// giving a result (not deployed, no such version, a FEEL error) comes back as a failure without retries, which the
/// engine turns into an incident at the task naming the decision, rule and input; never a failed step.
/// </summary>
public sealed class DecisionRunner(ServerDbContext db, DecisionRepository decisions, DefinitionCache definitions) : IDecisionInvoker
{
    public async Task<InstanceEvent> EvaluateAsync(StoredInstance instance, EvaluateDecision request, CancellationToken cancellationToken)
    {
        DateTimeOffset? publishedBy = null;
        if (request.Binding == DecisionBinding.Deployment && instance.DefinitionId is { } definitionId)
            publishedBy = (await definitions.GetAsync(db, definitionId, cancellationToken)).Entity.PublishedAt;
        var decision = await decisions.FindAsync(request.DecisionKey, request.Version, publishedBy, cancellationToken);
        if (decision is null) return new FailActivity(request.JobId, NotFound(request, publishedBy), 0);
        try
        {
            return new CompleteDecision(request.JobId, decisions.Evaluate(decision, request.Variables));
        }
        catch (DmnEvaluationException e)
        {
            return new FailActivity(request.JobId, $"Decision '{decision.Key}' v{decision.Version} at '{request.NodeId}': {e.Message}", 0);
        }
    }

    private static string NotFound(EvaluateDecision request, DateTimeOffset? publishedBy) => (request.Version, publishedBy) switch
    {
        ({ } version, _) => $"Decision '{request.DecisionKey}' has no version {version}; publish it, then retry.",
        (_, { } at) => $"Decision '{request.DecisionKey}' had no version published when this process version was ({at:u}); the task binds the deployment's.",
        _ => $"Decision '{request.DecisionKey}' is not deployed; publish it, then retry.",
    };
}
