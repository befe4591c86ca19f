using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using Workflows.Server.Database;

namespace Workflows.Server.Calls;

/// <summary>
/// A call activity whose called element is written out (not an expression) must name a process that is published, or the
/// process being published itself (a recursive call): known on publish, so refused on publish rather than an incident
/// later. A fixed version must exist too. An expression can only be known at run time: an incident there.
/// </summary>
public static class CalledProcessCheck
{
    public const string UnknownProcess = "call.unknown-process";

    public static async Task<List<ValidationProblem>> CheckAsync(ServerDbContext db, ProcessDefinition definition, CancellationToken ct)
    {
        var calls = definition.Nodes.Values.OfType<CallActivityDefinition>().Where(c => c.CalledElement.IsLiteral).ToList();
        if (calls.Count == 0) return [];
        var keys = calls.Select(c => c.CalledElement.Text).Distinct().ToList();
        var published = (await db.Definitions.AsNoTracking().Where(d => keys.Contains(d.Key)).Select(d => new { d.Key, d.Version }).ToListAsync(ct))
            .ToLookup(d => d.Key, d => d.Version);
        var problems = new List<ValidationProblem>();
        foreach (var call in calls)
        {
            var key = call.CalledElement.Text;
            if (key == definition.Key) continue;
            if (!published.Contains(key))
                problems.Add(new ValidationProblem(call.Id, UnknownProcess, $"Call activity '{call.DisplayName}' calls process '{key}', which is not published: publish it first."));
            else if (call is { Binding: CallBinding.Version, Version: { IsLiteral: true } version } && !published[key].Contains(int.Parse(version.Text)))
                problems.Add(new ValidationProblem(call.Id, UnknownProcess, $"Call activity '{call.DisplayName}' calls version {version.Text} of '{key}', which does not exist."));
        }
        return problems;
    }
}
