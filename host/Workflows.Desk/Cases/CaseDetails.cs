using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Customers;
using Workflows.Server.Database;
using Workflows.Server.Journal;
using Workflows.Server.Persistence;
using Workflows.Desk.Database;

namespace Workflows.Desk.Cases;

/// <summary>
/// A case as an agent reads it: the case with its SLA record, the customer, one timeline of every message (any
/// channel) and every step of the flow, and the tasks open on it.
/// </summary>
public sealed record CaseDetails(CaseView Case, CaseDetails.CustomerView Customer, IReadOnlyList<CaseDetails.TimelineEntry> Timeline,
    IReadOnlyList<CaseDetails.OpenTask> OpenTasks, IReadOnlyList<CaseDetails.SuggestedArticle> Suggested)
{
    /// <summary>A knowledge-base article diagnose suggested, by its title in the customer's language.</summary>
    public sealed record SuggestedArticle(string Slug, string Title);

    public sealed record CustomerView(Guid Id, string Name, string Segment, string Language, string? Region, bool Frozen, IReadOnlyList<AccountView> Accounts);
    public sealed record AccountView(string Number, string Kind, DateTimeOffset? FrozenAt, string? FrozenBy, string? FrozenReason);

    /// <summary>
    /// One line of the timeline: a message (<c>message</c>; direction <c>internal</c> for an agent's note or file, with its
    /// <c>AttachmentId</c>) or a step of the flow (<c>step</c>). A step carries its node's
    /// name as the diagram gives it, and its Detail: the reason a case was cancelled, or what an incident says went wrong.
    /// </summary>
    public sealed record TimelineEntry(DateTimeOffset At, string Type, string Kind, string? Channel, string? Direction, string? Subject, string Text,
        string? Actor, string? NodeId, string? NodeName = null, string? Detail = null, Guid? AttachmentId = null, CallFacts? Call = null);

    /// <summary>The particulars of a <c>call</c> entry: the other party's number and how long the call lasted.</summary>
    public sealed record CallFacts(string Number, int DurationSeconds);

    public sealed record OpenTask(Guid Id, string NodeId, string Name, string? Assignee, string[] CandidateGroups, DateTimeOffset? DueDate, int Priority,
        string? FormKey);

    public static async Task<CaseDetails?> LoadAsync(DeskDbContext db, ServerDbContext server, DefinitionCache definitions, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null) return null;
        var customer = await db.Customers.AsNoTracking().Include(c => c.Accounts).SingleAsync(c => c.Id == found.CustomerId, cancellationToken);
        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == id).ToListAsync(cancellationToken);
        // Calls only when the case has any: most cases never had one, and they keep their round trips.
        Dictionary<Guid, CallFacts> calls = !messages.Any(m => m.Kind == Calls.CallLog.Kind) ? new()
            : await db.Calls.AsNoTracking().Where(c => c.CaseId == id).ToDictionaryAsync(c => c.Id, c => new CallFacts(c.Number, c.DurationSeconds), cancellationToken);
        var steps = await (from j in server.Journal.AsNoTracking()
                           join i in server.Instances on j.InstanceId equals i.Id
                           where j.InstanceId == found.InstanceId && TimelineKinds.Contains(j.Kind)
                           select new { Entry = j, i.DefinitionId }).ToListAsync(cancellationToken);
        // Published versions are cached: naming the nodes costs no query once the case's version has been read.
        var flow = steps.Count == 0 ? null : (await definitions.GetAsync(server, steps[0].DefinitionId, cancellationToken)).Parsed;
        var tasks = await db.InboxTasks.AsNoTracking().Where(t => t.InstanceId == found.InstanceId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var timeline = messages.Select(m => new TimelineEntry(m.At, "message", m.Kind, m.Channel, m.Direction, m.Subject, m.Body, m.Author, null, AttachmentId: m.AttachmentId,
                Call: calls.GetValueOrDefault(m.Id)))
            .Concat(steps.Select(s => s.Entry).Select(j => new TimelineEntry(j.At, "step", j.Kind, null, null, null, j.Message, j.Actor, j.NodeId,
                j.NodeId is not null && flow?.Nodes.GetValueOrDefault(j.NodeId) is { } node ? node.DisplayName : null, JournalDetail.Of(j.Kind, j.Message))))
            .OrderBy(e => e.At).ThenBy(e => e.Type == "message" ? 0 : 1).ToList();
        var slugs = found.SuggestedArticles;
        // Nothing suggested yet (a case just opened): no query, so intake keeps its round trips.
        var articles = slugs.Count == 0 ? []
            : await db.KbArticles.AsNoTracking().Where(a => slugs.Contains(a.Slug)).Select(a => new { a.Slug, a.Language, a.Title }).ToListAsync(cancellationToken);
        // In the customer's language where the article has it, else in whichever it has; the slug only when it has none.
        var suggested = slugs.Select(slug => new SuggestedArticle(slug, articles.Where(a => a.Slug == slug).OrderBy(a => a.Language == customer.Language ? 0 : 1)
            .Select(a => a.Title).FirstOrDefault() ?? slug)).ToList();
        return new CaseDetails(CaseView.From(found), ToView(customer), timeline,
            tasks.Select(t => new OpenTask(t.TaskId, t.NodeId, t.Name, t.Assignee, t.CandidateGroups, t.DueDate, t.Priority, t.FormKey)).ToList(), suggested);
    }

    public static CustomerView ToView(CustomerEntity customer) => new(customer.Id, customer.Name, customer.Segment, customer.Language, customer.Region,
        customer.Accounts.Any(a => a.FrozenAt is not null),
        customer.Accounts.Select(a => new AccountView(a.Number, a.Kind, a.FrozenAt, a.FrozenBy, a.FrozenReason)).ToList());

    /// <summary>The journal entries a person cares about on a case; node-by-node traces stay in the instance view.</summary>
    private static readonly string[] TimelineKinds =
        ["InstanceStarted", "TaskCompleted", "TaskAssigned", "ActivityCompleted", "TimerFired", "MessageReceived",
         "ErrorCaught", "IncidentRaised", "IncidentResolved", "InstanceCompleted", "InstanceCancelled"];
}
