using System.Collections.Concurrent;
using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;

namespace Workflows.Server.Decisions;

/// <summary>
/// Published decision versions never change, so each file is parsed, and its FEEL compiled, once per process; every
/// later evaluation of that version reuses it. Keyed by the version's id.
/// </summary>
public sealed class DecisionCache
{
    private readonly ConcurrentDictionary<Guid, DmnDefinition> _byId = new();

    public DmnDefinition Get(DecisionEntity entity) => _byId.GetOrAdd(entity.Id, _ => DmnParser.Parse(entity.Xml) is { Definition: { } parsed }
        ? parsed
        : throw new InvalidOperationException($"Decision '{entity.Key}' version {entity.Version} was published but no longer parses."));
}
