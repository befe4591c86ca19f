using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Journal;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Instances;

/// <summary>
/// Everything a person looks at for one instance: where it waits, its data, tasks, timers, incidents, journal, and
/// what its business rule tasks decided (each evaluation's inputs, matched rules and outputs, oldest first), and the
/// instances it called or was called by.
/// </summary>
public sealed record InstanceDetails(
    Guid Id, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    JsonElement Variables, IReadOnlyList<InstanceDetails.TokenView> Tokens, IReadOnlyList<InstanceDetails.TaskView> OpenTasks,
    IReadOnlyList<InstanceDetails.TimerView> PendingTimers, IReadOnlyList<InstanceDetails.IncidentView> Incidents, IReadOnlyList<InstanceDetails.JournalView> Journal,
    IReadOnlyList<InstanceDetails.DecisionView> Decisions)
{
    public sealed record DecisionView(Guid Id, string NodeId, string DecisionKey, int DecisionVersion, DateTimeOffset EvaluatedAt,
        JsonElement Inputs, string[] MatchedRules, JsonElement Outputs);
    public sealed record TokenView(long Id, string NodeId, string? NodeName, string Status, DateTimeOffset Since);
    public sealed record TaskView(Guid Id, string NodeId, string Name, string? Assignee, string[] CandidateGroups, DateTimeOffset? DueDate, int Priority);
    public sealed record TimerView(Guid Id, string NodeId, string Kind, DateTimeOffset DueAt);
    public sealed record IncidentView(Guid Id, string NodeId, string Kind, string Message, DateTimeOffset CreatedAt);
    /// <summary>A journal line; Detail is the part in someone's own words (a cancellation's reason, an incident's error).</summary>
    public sealed record JournalView(DateTimeOffset At, string Kind, string? NodeId, string Message, string? Actor, string? Detail);

    public static async Task<InstanceDetails?> LoadAsync(ServerDbContext db, Guid id)
    {
        var i = await db.Instances.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (i is null) return null;
        var details = new InstanceDetails(i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt,
            JsonDocument.Parse(i.Variables).RootElement.Clone(),
            await db.Tokens.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.TokenId)
                .Select(t => new TokenView(t.TokenId, t.NodeId, t.NodeName, t.Status, t.Since)).ToListAsync(),
            await db.UserTasks.AsNoTracking().Where(t => t.InstanceId == id && t.Status == UserTaskStatus.Open).OrderBy(t => t.CreatedAt)
                .Select(t => new TaskView(t.Id, t.NodeId, t.Name, t.Assignee, t.CandidateGroups, t.DueDate, t.Priority)).ToListAsync(),
            await db.Timers.AsNoTracking().Where(t => t.InstanceId == id && t.FiredAt == null && t.CancelledAt == null).OrderBy(t => t.DueAt)
                .Select(t => new TimerView(t.Id, t.NodeId, t.Kind, t.DueAt)).ToListAsync(),
            await db.Incidents.AsNoTracking().Where(x => x.InstanceId == id && x.ResolvedAt == null)
                .Select(x => new IncidentView(x.Id, x.NodeId, x.Kind, x.Message, x.CreatedAt)).ToListAsync(),
            await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id)
                .Select(j => new JournalView(j.At, j.Kind, j.NodeId, j.Message, j.Actor, JournalDetail.Of(j.Kind, j.Message))).ToListAsync(),
            (await db.DecisionEvaluations.AsNoTracking().Where(d => d.InstanceId == id).OrderBy(d => d.EvaluatedAt).ThenBy(d => d.Id).ToListAsync())
                .Select(d => new DecisionView(d.Id, d.NodeId ?? "", d.DecisionKey, d.DecisionVersion, d.EvaluatedAt,
                    JsonDocument.Parse(d.Inputs).RootElement.Clone(), d.MatchedRules, JsonDocument.Parse(d.Outputs).RootElement.Clone())).ToList());
        return details with { CalledBy = await CallLinks.CallerAsync(db, i), Children = await CallLinks.ChildrenAsync(db, id) };
    }

    /// <summary>The call activity that started this instance, when one did.</summary>
    public CallLinks.CallerView? CalledBy { get; init; }

    /// <summary>The instances this one's call activities started, oldest first, with their open incidents.</summary>
    public IReadOnlyList<CallLinks.ChildView> Children { get; init; } = [];
}
