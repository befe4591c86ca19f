using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Pairs link throw events with their catch events: by name, within one scope (a link never leaves its subprocess).
/// A name caught twice in one scope, or thrown where nothing catches it, is reported at publish time.
/// </summary>
internal static class LinkResolver
{
    public static void Resolve(Dictionary<string, FlowNodeDefinition> nodes, ReadContext context)
    {
        var catches = nodes.Values.OfType<IntermediateCatchEventDefinition>().Where(c => c.LinkName is not null)
            .GroupBy(c => (c.ScopeId, Name: c.LinkName!)).ToList();
        foreach (var twice in catches.Where(g => g.Count() > 1))
            context.Report(twice.ElementAt(1).Id, ProblemCodes.LinkDuplicateCatch,
                $"Link catch events '{twice.First().Id}' and '{twice.ElementAt(1).Id}' are both named '{twice.Key.Name}' in one scope; a link throw could not tell them apart.");
        var byName = catches.ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var thrower in nodes.Values.OfType<IntermediateThrowEventDefinition>().Where(t => t.LinkName is not null).ToList())
        {
            if (byName.TryGetValue((thrower.ScopeId, thrower.LinkName!), out var target))
                nodes[thrower.Id] = thrower with { LinkTargetId = target };
            else
                context.Report(thrower.Id, ProblemCodes.LinkUnknownTarget,
                    $"Link throw event '{thrower.Id}' goes on at link '{thrower.LinkName}', but no link catch event of that name is in its scope.");
        }
    }
}
