using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Search;
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
    public const int CountLimit = 10_000;

    public sealed record CasePage(IReadOnlyList<CaseEndpoints.CaseSummary> Items, int Total, bool More, int Page, int PageSize);

    public async Task<IResult> RunAsync(DeskDbContext db, string timeZone, CancellationToken ct)
    {
        if (Page is < 1 or > 1000) return Problem.Field("page", "page is between 1 and 1000.");
        if (PageSize is < 1 or > 200) return Problem.Field("pageSize", "pageSize is between 1 and 200.");
        if (!TryDay(From, out var from)) return Problem.Field("from", "from is a date like 2026-11-01.");
        if (!TryDay(To, out var to)) return Problem.Field("to", "to is a date like 2026-11-30.");
        if (from > to) return Problem.Field("from", "from is on or before to.");
        if (Q is { Length: > 200 }) return Problem.Field("q", "q is at most 200 characters.");

        var query = await FilteredAsync(db, Start(from, timeZone), Start(to?.AddDays(1), timeZone), ct);
        var items = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip((Page - 1) * PageSize).Take(PageSize)
            .Select(c => new CaseEndpoints.CaseSummary(c.Id, c.Number, c.Channel, c.Category, c.Cause, c.Priority, c.Status, c.Subject, c.CustomerId,
                c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt, c.FirstResponseBreachedAt, c.ResolvedAt, c.CsatScore))
            .ToListAsync(ct);
        // A page that is not full says how many there are; only a full one needs counting (to the limit).
        var counted = items.Count < PageSize && (items.Count > 0 || Page == 1)
            ? (Page - 1) * PageSize + items.Count
            : await query.Take(CountLimit + 1).CountAsync(ct);
        return Results.Ok(new CasePage(items, Math.Min(counted, CountLimit), counted > CountLimit, Page, PageSize));
    }

    /// <summary>
    /// The customers whose name has these words, found first: as an array, the case query can OR it with its own text
    /// match and still let the planner pick between walking the newest cases and collecting the index matches (an OR
    /// with a subquery would read every case).
    /// </summary>
    private static Task<Guid[]> ByNameAsync(DeskDbContext db, string words, CancellationToken ct) =>
        db.Customers.Where(cu => cu.SearchVector!.Matches(EF.Functions.ToTsQuery(SearchGrams.Configuration, words))).Select(cu => cu.Id)
            .Take(CustomerLimit).ToArrayAsync(ct);

    private static Task<Guid[]> ByContactAsync(DeskDbContext db, string typed, CancellationToken ct)
    {
        var addresses = Addresses(typed);
        return db.CustomerContacts.Where(x => addresses.Contains(x.Address)).Select(x => x.CustomerId).Distinct().Take(CustomerLimit).ToArrayAsync(ct);
    }

    /// <summary>A contact address as typed, and as phone numbers and email addresses are stored: digits only, lower case.</summary>
    private static string[] Addresses(string typed) =>
        new[] { typed, typed.ToLowerInvariant(), new string(typed.Where(char.IsDigit).ToArray()) }.Where(a => a.Length > 0).Distinct().ToArray();

    /// <summary>A name shared by more customers than this is not how anyone finds one case; their newest ones come first anyway.</summary>
    private const int CustomerLimit = 1_000;

    private async Task<IQueryable<CaseEntity>> FilteredAsync(DeskDbContext db, DateTimeOffset? from, DateTimeOffset? before, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking();
        if (Status is not null) query = query.Where(c => c.Status == Status);
        if (Category is not null) query = query.Where(c => c.Category == Category);
        if (Priority is not null) query = query.Where(c => c.Priority == Priority);
        if (Channel is not null) query = query.Where(c => c.Channel == Channel);
        if (CustomerId is not null) query = query.Where(c => c.CustomerId == CustomerId);
        if (Number is not null) query = query.Where(c => c.Number == Number);
        if (InstanceId is not null) query = query.Where(c => c.InstanceId == InstanceId);
        if (from is not null) query = query.Where(c => c.CreatedAt >= from);
        if (before is not null) query = query.Where(c => c.CreatedAt < before);
        if (string.IsNullOrWhiteSpace(Q)) return query;

        var typed = Q.Trim();
        var (number, words) = (typed.ToUpperInvariant(), SearchQuery.Of(typed));
        // A case number read out on the phone means that case, not every case whose text shares "CS" and the year.
        if (await db.Cases.AnyAsync(c => c.Number == number, ct)) return query.Where(c => c.Number == number);
        // A phone number or email address of a customer means that customer's cases, as a case number means its case.
        if (await ByContactAsync(db, typed, ct) is { Length: > 0 } contacted) return query.Where(c => contacted.Contains(c.CustomerId));
        // No contact matched (that was answered above), so what is left is the number, or words of text and names.
        if (words is null) return query.Where(c => c.Number == number);
        var customers = await ByNameAsync(db, words, ct);
        return query.Where(c => c.SearchVector!.Matches(EF.Functions.ToTsQuery(SearchGrams.Configuration, words))
            || c.Number == number || customers.Contains(c.CustomerId));
    }

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
