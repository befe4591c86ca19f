using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Definitions;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Engine.Parsing;
using Workflows.Server.Definitions;
using Workflows.Server.Definitions.Forms;
using Workflows.Desk.Knowledge;
using Workflows.Desk.Sla;
using Workflows.Desk.Surveys;

namespace Workflows.Desk.Support;

/// <summary>
/// What the support desk needs before the first request: the survey signing key, the shipped flows published,
/// and starter SLA policies, holidays and articles in empty tables. Safe on every start and on several hosts.
/// </summary>
public static class SupportStartup
{
    public static async Task PrepareAsync(IServiceProvider services, ILogger log, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DeskDbContext>();
        await services.GetRequiredService<SurveyTokens>().LoadKeyAsync(db, cancellationToken);
        await PublishShippedAsync(services.GetRequiredService<ServerDbContext>(), services.GetRequiredService<DefinitionPublisher>(), log, cancellationToken);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!await db.SlaPolicies.AnyAsync(cancellationToken))
            db.SlaPolicies.AddRange(services.GetRequiredService<IOptions<SupportOptions>>().Value.SlaPolicies.Select(p => p.ToEntity()));
        foreach (var year in ShippedCalendars.Years)
        {
            var (first, next) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            if (!await db.Holidays.AnyAsync(h => h.Date >= first && h.Date < next, cancellationToken)) db.Holidays.AddRange(ShippedCalendars.Days(year));
        }
        // Starter articles a desk does not have yet (a new desk: all of them; an older one: those added since), unless
        // someone already writes an article of that name.
        var known = (await db.KbArticles.Select(a => a.Slug).Union(db.KbRevisions.Select(r => r.Slug)).ToListAsync(cancellationToken)).ToHashSet();
        db.KbArticles.AddRange(KnowledgeSeeds.Articles(now).Where(a => !known.Contains(a.Slug)).Select(a => a.Indexed()));
        // Articles cut into words by an earlier build (before the KbSearch migration, or with fewer words in jieba's
        // dictionary) are cut again: jieba runs here, not in SQL, and only articles whose words changed are written.
        foreach (var article in await db.KbArticles.ToListAsync(cancellationToken)) article.Indexed();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host seeded the same tables a moment earlier; theirs is as good as ours.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A shipped diagram with the shipped forms its user tasks name.</summary>
    private static DefinitionPackage Shipped(string name)
    {
        var xml = ShippedDefinitions.Read(name);
        var used = new BpmnParser().Parse(xml).Definition is { } definition
            ? FormRules.References(definition).Select(r => r.FormKey).ToHashSet() : [];
        return new DefinitionPackage(xml, ShippedDefinitions.Forms.Where(used.Contains).ToDictionary(k => k, ShippedDefinitions.ReadForm));
    }

    /// <summary>
    /// A shipped diagram is published when no version of it has ever had its exact content: a new install or a
    /// changed file. A designer's later edits stay the latest version until the shipped file itself changes.
    /// </summary>
    private static async Task PublishShippedAsync(ServerDbContext db, DefinitionPublisher publisher, ILogger log, CancellationToken cancellationToken)
    {
        foreach (var name in ShippedDefinitions.Diagrams)
        {
            var package = Shipped(name);
            var checksum = package.Checksum();
            if (await db.Definitions.AnyAsync(d => d.Checksum == checksum, cancellationToken)) continue;
            var outcome = await publisher.PublishAsync(package, "system", cancellationToken);
            if (outcome.Problems.Count > 0)
                throw new InvalidOperationException($"The shipped diagram {name} is invalid: " +
                    string.Join("; ", outcome.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
            if (outcome.Created) log.LogInformation("Published {Name} as {Key} version {Version}.", name, outcome.Published!.Key, outcome.Published.Version);
        }
    }
}
