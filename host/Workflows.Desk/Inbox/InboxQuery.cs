using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Inbox;

/// <summary>What the inbox asks for: a queue (a candidate group, or "mine"), filters on the case, a sort, a page size.</summary>
public sealed record InboxQuery(string? Queue, string? Channel, string? Category, string? Priority, string? Sort, int Limit)
{
    public static readonly string[] Sorts = ["sla", "priority", "due", "created"];

    /// <summary>
    /// Open tasks the user may see (their groups, offered to them or assigned to them), joined to their case and
    /// customer. Each sort has an index to walk, so a page costs the same at 100 or 100,000 open tasks.
    /// </summary>
    public Task<List<InboxRow>> RunAsync(DeskDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Build(db, user).ToListAsync(cancellationToken);

    /// <summary>The query itself, for the benchmark to read its plan.</summary>
    public IQueryable<InboxRow> Build(DeskDbContext db, ClaimsPrincipal user)
    {
        var name = user.Identity!.Name!;
        var teams = user.FindAll(IdentityClaims.Team).Select(c => c.Value).ToArray();
        var tasks = db.InboxTasks.AsNoTracking();
        // A queue of one's own group, or one's own tasks, is visible as a whole; only the mixed view needs the check.
        if (Queue == "mine") tasks = tasks.Where(t => t.Assignee == name);
        else if (Queue is not null) tasks = tasks.Where(t => t.CandidateGroups.Contains(Queue));
        if (Queue is null && !TaskAccess.SeesAll(user))
            tasks = tasks.Where(t => t.Assignee == name || t.CandidateUsers.Contains(name) || t.CandidateGroups.Any(g => teams.Contains(g)));

        // The case's fields are copied beside the task, so a filter costs nothing per row the index walk reads.
        if (Channel is not null) tasks = tasks.Where(t => t.CaseChannel == Channel);
        if (Category is not null) tasks = tasks.Where(t => t.CaseCategory == Category);
        if (Priority is not null) tasks = tasks.Where(t => t.CasePriority == Priority);

        var rows = from t in tasks
                   join c in db.Cases on t.CaseId equals c.Id into found
                   from c in found.DefaultIfEmpty()
                   join cu in db.Customers on c.CustomerId equals cu.Id into owners
                   from cu in owners.DefaultIfEmpty()
                   select new { t, c, cu };
        rows = Sort switch
        {
            "priority" => rows.OrderByDescending(r => r.t.Priority).ThenBy(r => r.t.CreatedAt),
            // Plain ascending order: PostgreSQL puts nulls last and can read it straight from the index.
            "due" => rows.OrderBy(r => r.t.DueDate).ThenBy(r => r.t.CreatedAt),
            "created" => rows.OrderBy(r => r.t.CreatedAt),
            _ => rows.OrderBy(r => r.t.SlaDueAt).ThenBy(r => r.t.CreatedAt),
        };
        return rows.Take(Limit).Select(r => new InboxRow(r.t.TaskId, r.t.Name, r.t.NodeId, r.t.CandidateGroups, r.t.Assignee, r.t.ClaimedAt,
                r.t.Priority, r.t.DueDate, r.t.CreatedAt, r.t.FormKey, r.t.InstanceId,
                r.c == null ? null : r.c.Id, r.c!.Number, r.c!.Subject, r.c!.Channel, r.c!.Category, r.c!.Priority, r.cu!.Segment, r.cu!.Name,
                r.t.SlaDueAt));
    }
}
