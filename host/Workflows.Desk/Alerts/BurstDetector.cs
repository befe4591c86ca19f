using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Outbox;
using Workflows.Desk.Channels;

namespace Workflows.Desk.Alerts;

/// <summary>
/// Risk early warning, run by Hangfire on a schedule: N cases of one category for one merchant or one region
/// within M minutes open an alert and tell the risk group. One alert per burst: while an alert for the same
/// scope and category is younger than the window, new cases join it instead of raising another.
/// </summary>
public sealed class BurstDetector(DeskDbContext db, OutboxWriter outbox, DatabaseSession session, IOptions<BurstOptions> options, TimeProvider clock, ILogger<BurstDetector> log)
{
    private sealed record Burst(string Scope, string Category, List<Guid> CaseIds);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (threshold, window) = (options.Value.Threshold, TimeSpan.FromMinutes(options.Value.WindowMinutes));
        var now = clock.GetUtcNow();
        var since = now - window;
        var recent = await db.Cases.AsNoTracking().Where(c => c.CreatedAt >= since)
            .Select(c => new { c.Id, c.Category, c.MerchantRef, c.Region }).ToListAsync(cancellationToken);
        var bursts = recent.Where(c => c.MerchantRef != null).GroupBy(c => (Scope: "merchant:" + c.MerchantRef, c.Category))
            .Concat(recent.Where(c => c.Region != null).GroupBy(c => (Scope: "region:" + c.Region, c.Category)))
            .Where(g => g.Count() >= threshold)
            .Select(g => new Burst(g.Key.Scope, g.Key.Category, g.Select(c => c.Id).ToList())).ToList();

        var opened = 0;
        foreach (var burst in bursts)
        {
            var existing = await db.Alerts.Where(a => a.Kind == "burst" && a.Scope == burst.Scope && a.Category == burst.Category && a.CreatedAt >= since)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                existing.CaseIds = existing.CaseIds.Union(burst.CaseIds).ToList();
                continue;
            }
            var message = $"{burst.CaseIds.Count} {burst.Category} cases for {burst.Scope} in the last {window.TotalMinutes:0} minutes.";
            db.Alerts.Add(new AlertEntity
            {
                Id = Guid.CreateVersion7(), Kind = "burst", Message = message, Category = burst.Category, Scope = burst.Scope, CaseIds = burst.CaseIds, CreatedAt = now,
            });
            outbox.Add(null, "team:risk", new { group = "risk", subject = "Risk early warning", body = message });
            log.LogWarning("Risk early warning: {Message}", message);
            opened++;
        }
        await session.SaveChangesAsync(cancellationToken); // the alerts and their messages together
        return opened;
    }
}
