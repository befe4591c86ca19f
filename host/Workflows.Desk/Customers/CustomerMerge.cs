using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Customers;

/// <summary>
/// Two records of one person (a caller known by phone, the same person writing on WeChat) become one, as a help
/// desk merges users: the kept customer takes the other's contact points, accounts, cases and every message, fills
/// what it lacks from the other's record, and the other record goes. One transaction, with an audit entry that keeps
/// both records as they were.
/// </summary>
public sealed class CustomerMerge(DeskDbContext db, DatabaseSession session, AuditLog audit)
{
    public sealed record MergeRequest(Guid? From);

    public sealed record MergeResult(Guid Kept, Guid Merged, int Cases, int Messages, int Contacts, int Accounts);

    // Both rows locked, in id order, so two merges of the same pair (or a crossed pair) wait for each other instead of deadlocking.
    private static readonly string LockSql = $"SELECT id AS \"Value\" FROM {DeskTables.Customers} WHERE id = ANY({{0}}) ORDER BY id FOR UPDATE";

    public async Task<IResult> MergeAsync(Guid keepId, MergeRequest request, CancellationToken ct)
    {
        if (request.From is not { } fromId)
            return Problem.Field(Mistake.Of("customer.merge.from.required", "from", "Say which customer record to merge into this one."));
        if (fromId == keepId)
            return Problem.Field(Mistake.Of("customer.merge.same", "from", "A customer record cannot be merged into itself."));
        await using var transaction = await session.BeginAsync(ct);
        var locked = await db.Database.SqlQueryRaw<Guid>(LockSql, new[] { keepId, fromId }).ToListAsync(ct);
        if (!locked.Contains(keepId)) return Problem.NotFound(NotFoundKind.Customer, keepId);
        if (!locked.Contains(fromId)) return Problem.NotFound(NotFoundKind.Customer, fromId);
        var kept = await db.Customers.Include(c => c.Contacts).Include(c => c.Accounts).AsSplitQuery().SingleAsync(c => c.Id == keepId, ct);
        var merged = await db.Customers.Include(c => c.Contacts).Include(c => c.Accounts).AsSplitQuery().SingleAsync(c => c.Id == fromId, ct);
        var before = new { kept = Snapshot(kept), merged = Snapshot(merged) };

        var cases = await db.Cases.Where(c => c.CustomerId == fromId).ExecuteUpdateAsync(u => u.SetProperty(c => c.CustomerId, keepId), ct);
        var messages = await db.CaseMessages.Where(m => m.CustomerId == fromId).ExecuteUpdateAsync(u => u.SetProperty(m => m.CustomerId, keepId), ct);
        var (contacts, accounts) = (merged.Contacts.Count, merged.Accounts.Count);
        foreach (var contact in merged.Contacts.ToList()) contact.CustomerId = keepId;
        foreach (var account in merged.Accounts.ToList()) account.CustomerId = keepId;
        kept.Region ??= merged.Region;
        kept.IdNumberLast4 ??= merged.IdNumberLast4;
        kept.PhoneLast4 ??= merged.PhoneLast4;
        // The more particular segment wins: a VIP or a merchant who also wrote in as a plain consumer stays a VIP or a merchant.
        if (kept.Segment == CustomerSegments.Consumer) kept.Segment = merged.Segment;
        kept.CreatedAt = kept.CreatedAt < merged.CreatedAt ? kept.CreatedAt : merged.CreatedAt;
        await session.FlushAsync(ct); // contacts and accounts move before their old owner goes
        db.Customers.Remove(merged);
        audit.Add("customer.merge", "customer", keepId.ToString(), kept.Name, before,
            new { kept = Snapshot(kept), cases, messages, contacts, accounts });
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(new MergeResult(keepId, fromId, cases, messages, contacts, accounts));
    }

    private static object Snapshot(CustomerEntity c) => new
    {
        c.Id, c.Name, c.Segment, c.Language, c.Region, c.IdNumberLast4, c.PhoneLast4,
        Contacts = c.Contacts.Select(x => $"{x.Channel}:{x.Address}").ToList(), Accounts = c.Accounts.Select(a => a.Number).ToList(),
    };
}
