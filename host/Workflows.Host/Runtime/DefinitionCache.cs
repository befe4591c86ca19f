using System.Collections.Concurrent;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Host.Runtime;

/// <summary>Published versions never change, so each is parsed once (scripts and conditions compiled with it).</summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, ProcessDefinition> _parsed = new();
    private readonly BpmnParser _parser = new();

    public ProcessDefinition Get(Guid definitionId, string xml) => _parsed.GetOrAdd(definitionId, _ => _parser.ParseValid(xml));
}
