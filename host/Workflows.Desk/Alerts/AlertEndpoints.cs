using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Support;

namespace Workflows.Desk.Alerts;

public static class AlertEndpoints
{
    public sealed record AlertView(Guid Id, string Kind, string Message, string? Category, string? Scope, IReadOnlyList<AlertCase> Cases, DateTimeOffset CreatedAt,
        DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy);
    public sealed record AlertCase(Guid Id, string Number, string Status);

    public static void MapAlertEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/alerts", async (DeskDbContext db, string? kind, bool? open, CancellationToken ct) =>
        {
            var query = db.Alerts.AsNoTracking();
            if (kind is not null) query = query.Where(a => a.Kind == kind);
            if (open is true) query = query.Where(a => a.AcknowledgedAt == null);
            return await WithCasesAsync(db, query, ct);
        }).WithTags("Alerts").RequireAuthorization(p => p.RequireRole(SupportRoles.RiskAnalyst, Roles.Manager, Roles.Admin));

    /// <summary>The newest 200 alerts of <paramref name="query"/>, each with the number and status of its cases.</summary>
    public static async Task<List<AlertView>> WithCasesAsync(DeskDbContext db, IQueryable<AlertEntity> query, CancellationToken ct)
    {
        var alerts = await query.OrderByDescending(a => a.CreatedAt).Take(200).ToListAsync(ct);
        var caseIds = alerts.SelectMany(a => a.CaseIds).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return alerts.Select(a => new AlertView(a.Id, a.Kind, a.Message, a.Category, a.Scope,
            a.CaseIds.Where(cases.ContainsKey).Select(id => new AlertCase(id, cases[id].Number, cases[id].Status)).ToList(),
            a.CreatedAt, a.AcknowledgedAt, a.AcknowledgedBy)).ToList();
    }
}
