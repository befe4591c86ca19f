using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Audit;

/// <summary>
/// <c>/api/admin/audit</c>: the audit log, newest first, filtered by actor, action, target and time; the same filter
/// as CSV at <c>/api/admin/audit.csv</c>. There is no route that changes an entry.
/// </summary>
public static class AuditEndpoints
{
    public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string TargetKind, string? TargetId, string? TargetName,
        string? Address, string? Before, string? After);
    public sealed record AuditPage(List<AuditEntry> Entries, bool More);

    public static void MapAuditEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", async (ServerDbContext db, string? actor, string? action, string? targetKind, string? target, DateTimeOffset? from,
            DateTimeOffset? to, long? before, int? take, CancellationToken ct) =>
        {
            if (take is < 1 or > 500) return Problem.Field("take", "take is 1 to 500.");
            var rows = await Filter(db, actor, action, targetKind, target, from, to).Where(a => before == null || a.Id < before)
                .Take((take ?? 100) + 1).ToListAsync(ct);
            return Results.Ok(new AuditPage(rows.Take(take ?? 100).ToList(), rows.Count > (take ?? 100)));
        }).Produces<AuditPage>().WithSummary("The audit log, newest first; page on with before = the last entry's id.");
        admin.MapGet("/audit.csv", async (ServerDbContext db, HttpContext http, string? actor, string? action, string? targetKind, string? target,
            DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true));
            await writer.WriteLineAsync("id,at,actor,action,target_kind,target_id,target_name,address,before,after");
            await foreach (var e in Filter(db, actor, action, targetKind, target, from, to).AsAsyncEnumerable().WithCancellation(ct))
                await writer.WriteLineAsync(string.Join(',', new[] { e.Id.ToString(), e.At.ToString("O"), e.Actor, e.Action, e.TargetKind, e.TargetId, e.TargetName,
                    e.Address, e.Before, e.After }.Select(Csv)));
        }).Produces<string>(contentType: "text/csv");
    }

    private static IQueryable<AuditEntry> Filter(ServerDbContext db, string? actor, string? action, string? targetKind, string? target, DateTimeOffset? from,
        DateTimeOffset? to)
    {
        var entries = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor)) entries = entries.Where(a => a.Actor == actor);
        // "user." finds every change to users; "signin.failed" exactly that.
        if (!string.IsNullOrWhiteSpace(action)) entries = action.EndsWith('.') ? entries.Where(a => a.Action.StartsWith(action)) : entries.Where(a => a.Action == action);
        if (!string.IsNullOrWhiteSpace(targetKind)) entries = entries.Where(a => a.TargetKind == targetKind);
        if (!string.IsNullOrWhiteSpace(target)) entries = entries.Where(a => a.TargetId == target || a.TargetName == target);
        if (from is not null) entries = entries.Where(a => a.At >= from);
        if (to is not null) entries = entries.Where(a => a.At < to);
        return entries.OrderByDescending(a => a.Id).Select(a => new AuditEntry(a.Id, a.At, a.Actor, a.Action, a.TargetKind, a.TargetId, a.TargetName, a.Address,
            a.Before, a.After));
    }

    /// <summary>RFC 4180 quoting, and a leading = + - @ neutralised so a spreadsheet does not run it as a formula.</summary>
    private static string Csv(string? value)
    {
        if (value is null) return "";
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
