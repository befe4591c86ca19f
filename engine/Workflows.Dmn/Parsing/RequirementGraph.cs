using Workflows.Dmn.Model;

namespace Workflows.Dmn.Parsing;

/// <summary>Checks the decision requirements graph: every required decision and input exists, and no decision requires itself.</summary>
internal static class RequirementGraph
{
    public static void Validate(IReadOnlyList<DecisionDefinition> decisions, IReadOnlyList<InputDataDefinition> inputs, DmnReadContext context)
    {
        var byId = decisions.DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        foreach (var decision in decisions)
        {
            foreach (var required in decision.RequiredDecisionIds.Where(r => !byId.ContainsKey(r)))
                context.Problem(decision.Id, DmnProblemCodes.UnknownReference, $"The decision requires decision '{required}', which does not exist.");
            foreach (var required in decision.RequiredInputIds.Where(r => inputs.All(i => i.Id != r)))
                context.Problem(decision.Id, DmnProblemCodes.UnknownReference, $"The decision requires input '{required}', which does not exist.");
        }
        var state = new Dictionary<string, bool>();
        foreach (var decision in decisions)
            if (FindCycle(decision, byId, state, []) is { } cycle)
            {
                context.Problem(decision.Id, DmnProblemCodes.RequirementCycle, $"The decisions require each other in a cycle: {string.Join(" → ", cycle)}.");
                return;
            }
    }

    /// <summary>Depth-first search; state false = on the current path, true = done.</summary>
    private static List<string>? FindCycle(DecisionDefinition decision, Dictionary<string, DecisionDefinition> byId, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(decision.Id, out var done)) return done ? null : [.. path.SkipWhile(p => p != decision.Id), decision.Id];
        state[decision.Id] = false;
        path.Add(decision.Id);
        foreach (var required in decision.RequiredDecisionIds)
            if (byId.TryGetValue(required, out var next) && FindCycle(next, byId, state, path) is { } cycle) return cycle;
        path.RemoveAt(path.Count - 1);
        state[decision.Id] = true;
        return null;
    }
}
