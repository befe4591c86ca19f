using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Cases;

/// <summary>
/// The case search: <c>q</c> finds a case by its number, its customer (name, phone number, email or other contact
/// address) or the words of its subject and description, in English or Chinese; filters narrow by status, channel,
/// category, priority, customer and opening day (in the desk's time zone). Newest first.
/// </summary>
public sealed record CaseSearch(string? Q, string? Status, string? Category, string? Priority, string? Channel, Guid? CustomerId, string? Number,
    Guid? InstanceId, string? From, string? To, int Page, int PageSize)
{
    /// <summary>Counting every match of a common word at a million cases costs more than the page; beyond this, "more".</summary>
    public const int CountLimit = 1_000;

    public sealed record CasePage(IReadOnlyList<CaseEndpoints.CaseSummary> Items, int Total, bool More, int Page, int PageSize);

    public async Task<IResult> RunAsync(DeskDbContext db, string timeZone, CancellationToken ct)
    {
        if (Page is < 1 or > 1000) return Problem.Field("page", "page is between 1 and 1000.");
        if (PageSize is < 1 or > 200) return Problem.Field("pageSize", "pageSize is between 1 and 200.");
        if (!TryDay(From, out var from)) return Problem.Field("from", "from is a date like 2026-11-01.");
        if (!TryDay(To, out var to)) return Problem.Field("to", "to is a date like 2026-11-30.");
        if (from > to) return Problem.Field("from", "from is on or before to.");
        if (Q is { Length: > 200 }) return Problem.Field("q", "q is at most 200 characters.");

        var (skip, filter) = ((Page - 1) * PageSize, Filter(Start(from, timeZone), Start(to?.AddDays(1), timeZone)));
        var match = string.IsNullOrWhiteSpace(Q) ? null : await CaseTextMatch.OfAsync(db, Q.Trim(), ct);
        if (match is { Words: not null })
        {
            // Words are never counted: at a million cases a common one has a hundred thousand; the page says whether more follow.
            var (found, more) = await new WordSearch(db, match, filter).PageAsync(skip, PageSize, ct);
            return Results.Ok(new CasePage(found, skip + found.Count, more, Page, PageSize));
        }
        var query = match?.Exact is { } exact ? exact(filter(db.Cases.AsNoTracking())) : filter(db.Cases.AsNoTracking());
        return await PageAsync(await Summaries(query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip(skip).Take(PageSize)).ToListAsync(ct), query, ct);
    }

    /// <summary>A page that is not full says how many there are; only a full one needs counting (to the limit).</summary>
    private async Task<IResult> PageAsync(List<CaseEndpoints.CaseSummary> items, IQueryable<CaseEntity> query, CancellationToken ct)
    {
        var counted = items.Count < PageSize && (items.Count > 0 || Page == 1)
            ? (Page - 1) * PageSize + items.Count
            : await query.Take(CountLimit + 1).CountAsync(ct);
        return Results.Ok(new CasePage(items, Math.Min(counted, CountLimit), counted > CountLimit, Page, PageSize));
    }

    internal static IQueryable<CaseEndpoints.CaseSummary> Summaries(IQueryable<CaseEntity> cases) =>
        cases.Select(c => new CaseEndpoints.CaseSummary(c.Id, c.Number, c.Channel, c.Category, c.Cause, c.Priority, c.Status, c.Subject, c.CustomerId,
            c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt, c.FirstResponseBreachedAt, c.ResolvedAt, c.CsatScore));

    private Func<IQueryable<CaseEntity>, IQueryable<CaseEntity>> Filter(DateTimeOffset? from, DateTimeOffset? before) => query =>
    {
        if (Status is not null) query = query.Where(c => c.Status == Status);
        if (Category is not null) query = query.Where(c => c.Category == Category);
        if (Priority is not null) query = query.Where(c => c.Priority == Priority);
        if (Channel is not null) query = query.Where(c => c.Channel == Channel);
        if (CustomerId is not null) query = query.Where(c => c.CustomerId == CustomerId);
        if (Number is not null) query = query.Where(c => c.Number == Number);
        if (InstanceId is not null) query = query.Where(c => c.InstanceId == InstanceId);
        if (from is not null) query = query.Where(c => c.CreatedAt >= from);
        if (before is not null) query = query.Where(c => c.CreatedAt < before);
        return query;
    };

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static DateTimeOffset? Start(DateOnly? day, string timeZone)
    {
        if (day is not { } d) return null;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = d.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
