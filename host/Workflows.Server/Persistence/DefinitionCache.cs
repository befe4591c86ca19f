using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using Workflows.Server.Database;
using Workflows.Server.Definitions;

namespace Workflows.Server.Persistence;

/// <summary>
/// Published versions never change, so each is read and parsed once per process (scripts and conditions
/// compiled with it); a step then needs no query for its definition.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, (DefinitionEntity Entity, ProcessDefinition Parsed)> _byId = new();
    private readonly BpmnParser _parser = new();

    public ProcessDefinition Get(DefinitionEntity entity) => _byId.GetOrAdd(entity.Id, _ => (entity, _parser.ParseValid(entity.Xml))).Parsed;

    public async Task<(DefinitionEntity Entity, ProcessDefinition Parsed)> GetAsync(ServerDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (_byId.TryGetValue(id, out var cached)) return cached;
        var entity = await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        return _byId.GetOrAdd(id, _ => (entity, _parser.ParseValid(entity.Xml)));
    }
}
