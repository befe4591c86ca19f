using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;

namespace Workflows.Desk.Routing;

/// <summary>
/// A team's unassigned tasks of one channel kind (chats, or everything else) in the order every automatic mode serves
/// them: urgent first, then by SLA due time, then oldest. One kind at a time, because room for one is no room for the
/// other: a queue head of tickets must not hide the chat an agent has room for.
/// </summary>
public static class TeamQueue
{
    public const string Urgent = "urgent";

    public static Task<List<QueuedTask>> NextAsync(DeskDbContext desk, string teamKey, bool chat, int limit, CancellationToken ct) =>
        (from t in desk.InboxTasks.AsNoTracking()
         where t.Assignee == null && t.CandidateGroups.Contains(teamKey) && (t.CaseChannel == ContactChannels.Chat) == chat
         join c in desk.Cases on t.CaseId equals c.Id into cases
         from c in cases.DefaultIfEmpty()
         join customer in desk.Customers on c.CustomerId equals customer.Id into customers
         from customer in customers.DefaultIfEmpty()
         orderby t.CasePriority == Urgent ? 0 : 1, t.SlaDueAt == null ? 1 : 0, t.SlaDueAt, t.CreatedAt
         select new QueuedTask(t.TaskId, t.InstanceId, chat, t.CasePriority == Urgent, t.CaseCategory, customer.Language))
        .Take(limit).ToListAsync(ct);
}
