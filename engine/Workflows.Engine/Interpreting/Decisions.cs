using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Business rule tasks: the token waits while the host evaluates the decision (inline, within the step), and its
/// result comes back as CompleteDecision or FailActivity. Anything that keeps the decision from giving a usable
/// result (not deployed, a FEEL error, a result its mapping cannot take) is an incident at the task; retrying it
/// evaluates again, so deploying the missing decision and retrying carries on.
/// </summary>
internal static class Decisions
{
    public static void Request(Execution x, Token token, BusinessRuleTaskDefinition node)
    {
        x.InContextOf(token); // a retry runs outside the token's own step: its inputs still see its locals
        var key = x.EvaluateText(node.DecisionRef, node.Id)?.Trim();
        var job = new JobState(x.NewId(), token.Id, token.NodeId, JobKind.Decision, 0, key);
        x.State.Jobs.Add(job);
        if (string.IsNullOrEmpty(key))
        {
            Jobs.Failed(x, job, 0, $"The decision reference of '{node.DisplayName}' ({node.DecisionRef.Text}) gave no decision key.");
            return;
        }
        int? version = null;
        if (node.Binding == DecisionBinding.Version)
        {
            var text = x.EvaluateText(node.Version, node.Id);
            if (!int.TryParse(text, out var n) || n < 1)
            {
                Jobs.Failed(x, job, 0, $"The decision version of '{node.DisplayName}' is '{text}'; expected a whole number from 1.");
                return;
            }
            version = n;
        }
        x.Emit(new EvaluateDecision(job.Id, token.NodeId, key, node.Binding, version, x.Inputs(node, allVariablesWhenUnmapped: true)));
    }

    /// <summary>Keeps the evaluation's history, maps its result to the result variable and leaves the task.</summary>
    public static void Completed(Execution x, JobState job, DecisionOutcome outcome)
    {
        var node = (BusinessRuleTaskDefinition)x.Definition.Node(job.NodeId);
        x.Emit(new DecisionEvaluated(job.NodeId, outcome));
        // A literal expression matches no rules; it just gives its value.
        var rules = outcome.MatchedRuleIds.Count > 0 ? ": matched " + string.Join(", ", outcome.MatchedRuleIds)
            : outcome.Outputs.Count == 0 ? ": no rule matched" : "";
        x.Journal(JournalKind.DecisionEvaluated, job.NodeId, $"Decision '{outcome.DecisionKey}' v{outcome.Version} evaluated{rules}.");
        var (value, error) = DecisionResultMapper.Map(node.Mapping, outcome);
        if (error is not null)
        {
            Jobs.Failed(x, job, 0, $"Decision '{outcome.DecisionKey}' v{outcome.Version} at '{node.DisplayName}': {error}");
            return;
        }
        x.State.Jobs.Remove(job);
        var token = x.FindToken(job.TokenId)!;
        x.Complete(token, node.ResultVariable is { } name ? new Dictionary<string, JsonElement> { [name] = value } : null);
    }
}
