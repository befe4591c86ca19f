using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Search;

namespace Workflows.Desk.Cases;

/// <summary>
/// What the search box's text means: a case number means that case, a customer's phone number or email address that
/// customer's cases (<see cref="Exact"/>); anything else is words (<see cref="Words"/>, a tsquery) of subjects and
/// descriptions, or the name of customers (<see cref="Named"/>), in English or Chinese.
/// </summary>
public sealed record CaseTextMatch(Func<IQueryable<CaseEntity>, IQueryable<CaseEntity>>? Exact, string? Words, string Number, Guid[] Named)
{
    /// <summary>A name shared by more customers than this is not how anyone finds one case; their newest ones come first anyway.</summary>
    private const int CustomerLimit = 1_000;

    public static async Task<CaseTextMatch> OfAsync(DeskDbContext db, string typed, CancellationToken ct)
    {
        var (number, words) = (typed.ToUpperInvariant(), SearchQuery.Of(typed));
        // A case number read out on the phone means that case, not every case whose text shares "CS" and the year.
        if (await db.Cases.AnyAsync(c => c.Number == number, ct)) return Only(q => q.Where(c => c.Number == number), number);
        // A phone number or email address of a customer means that customer's cases, as a case number means its case.
        var addresses = Addresses(typed);
        var contacted = await db.CustomerContacts.Where(x => addresses.Contains(x.Address)).Select(x => x.CustomerId).Distinct().Take(CustomerLimit).ToArrayAsync(ct);
        if (contacted.Length > 0) return Only(q => q.Where(c => contacted.Contains(c.CustomerId)), number);
        if (words is null) return Only(q => q.Where(c => c.Number == number), number);
        var named = await db.Customers.Where(cu => cu.SearchVector!.Matches(EF.Functions.ToTsQuery(SearchGrams.Configuration, words)))
            .Select(cu => cu.Id).Take(CustomerLimit).ToArrayAsync(ct);
        return new CaseTextMatch(null, words, number, named);
    }

    /// <summary>Cases whose subject or description has the words (or whose number was typed in another form).</summary>
    public IQueryable<CaseEntity> InText(IQueryable<CaseEntity> cases) =>
        cases.Where(c => c.SearchVector!.Matches(EF.Functions.ToTsQuery(SearchGrams.Configuration, Words!)) || c.Number == Number);

    private static CaseTextMatch Only(Func<IQueryable<CaseEntity>, IQueryable<CaseEntity>> exact, string number) => new(exact, null, number, []);

    /// <summary>A contact address as typed, and as phone numbers and email addresses are stored: digits only, lower case.</summary>
    private static string[] Addresses(string typed) =>
        new[] { typed, typed.ToLowerInvariant(), new string(typed.Where(char.IsDigit).ToArray()) }.Where(a => a.Length > 0).Distinct().ToArray();
}
