using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Cases;

/// <summary>
/// A page of the cases that have the words, or belong to customers of that name, newest first. Each part finds its
/// newest keys the cheapest way it can, and the page is cut from the two merged; only its own cases are then read.
/// </summary>
internal sealed class WordSearch(DeskDbContext db, CaseTextMatch match, Func<IQueryable<CaseEntity>, IQueryable<CaseEntity>> filter)
{
    /// <summary>
    /// How many of the newest cases words are first looked for in. Where they fill the page there, those are the newest
    /// matches, found by walking the newest cases; where they do not, the words are rare, and the full-text index
    /// collects every match instead. (PostgreSQL cannot tell the two apart beforehand: it guesses a few thousand
    /// matches for any word, and walking a million cases for a word that is not there took seconds.)
    /// </summary>
    public const int RecentCases = 5_000;

    private sealed record Key(Guid Id, DateTimeOffset CreatedAt);

    /// <returns>The page's cases, and whether more follow.</returns>
    public async Task<(List<CaseEndpoints.CaseSummary> Items, bool More)> PageAsync(int skip, int size, CancellationToken ct)
    {
        var wanted = skip + size + 1;
        var keys = await InTextAsync(wanted, ct);
        if (match.Named.Length > 0)
        {
            // Everyone with the name: from the (customer, created) index with the case id in it, sorted, never the newest-cases walk.
            var named = match.Named;
            keys.AddRange(await filter(db.Cases.AsNoTracking()).Where(c => named.Contains(c.CustomerId))
                .OrderByDescending(c => c.CreatedAt + TimeSpan.Zero).ThenByDescending(c => c.Id).Take(wanted).Select(c => new Key(c.Id, c.CreatedAt)).ToListAsync(ct));
        }
        var merged = keys.DistinctBy(k => k.Id).OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToList();
        var page = merged.Skip(skip).Take(size).Select(k => k.Id).ToArray();
        var items = await CaseSearch.Summaries(db.Cases.AsNoTracking().Where(c => page.Contains(c.Id))).ToListAsync(ct);
        return (items.OrderBy(c => Array.IndexOf(page, c.Id)).ToList(), merged.Count > skip + size);
    }

    private async Task<List<Key>> InTextAsync(int wanted, CancellationToken ct)
    {
        var newestFirst = (IQueryable<CaseEntity> cases) => cases.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var recent = await newestFirst(match.InText(filter(newestFirst(db.Cases.AsNoTracking()).Take(RecentCases))))
            .Take(wanted).Select(c => new Key(c.Id, c.CreatedAt)).ToListAsync(ct);
        if (recent.Count == wanted) return recent;
        // Rare words: every match through the full-text index, in an order the newest-cases index cannot give, then sorted.
        return await match.InText(filter(db.Cases.AsNoTracking())).OrderByDescending(c => c.CreatedAt + TimeSpan.Zero).ThenByDescending(c => c.Id)
            .Take(wanted).Select(c => new Key(c.Id, c.CreatedAt)).ToListAsync(ct);
    }
}
