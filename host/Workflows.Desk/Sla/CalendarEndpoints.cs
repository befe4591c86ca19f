using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Sla;

/// <summary>
/// The SLA calendar: <c>/api/admin/holidays/{year}</c> (a year of holidays and 调休 make-up days, replaced whole
/// by an import) and <c>/api/admin/teams/{key}/business-hours</c>. Admins only; every change audited.
/// </summary>
public static class CalendarEndpoints
{
    public sealed record CalendarDayView(string Date, string Kind, string Name);

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("SLA").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapGet("/holidays/{year:int}", async (int year, DeskDbContext db, CancellationToken ct) =>
        {
            var (first, next) = (new DateOnly(Math.Clamp(year, 1, 9998), 1, 1), new DateOnly(Math.Clamp(year, 1, 9998) + 1, 1, 1));
            var days = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date < next).OrderBy(h => h.Date).ToListAsync(ct);
            return days.Select(d => new CalendarDayView(d.Date.ToString("yyyy-MM-dd"), d.Kind, d.Name)).ToList();
        }).Produces<List<CalendarDayView>>();
        admin.MapPut("/holidays/{year:int}", async (int year, CalendarYearFile file, DeskDbContext db, DatabaseSession session, AuditLog audit, CancellationToken ct) =>
        {
            var (days, mistake) = CalendarYearRules.Check(file, year);
            if (days is null) return Problem.Field(mistake!);
            var (first, next) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            db.Holidays.RemoveRange(await db.Holidays.Where(h => h.Date >= first && h.Date < next).ToListAsync(ct));
            db.Holidays.AddRange(days);
            audit.Add("calendar.import", "calendar", year.ToString(), $"{year}", after: new { holidays = days.Count(d => d.Kind == CalendarDayKinds.Holiday),
                workdays = days.Count(d => d.Kind == CalendarDayKinds.Workday) });
            await session.SaveChangesAsync(ct);
            return Results.Ok(days.Select(d => new CalendarDayView(d.Date.ToString("yyyy-MM-dd"), d.Kind, d.Name)).ToList());
        }).Produces<List<CalendarDayView>>();

        admin.MapGet("/teams/{key}/business-hours", async (string key, ServerDbContext server, DeskDbContext db, IOptions<BusinessHoursOptions> defaults,
            CancellationToken ct) =>
            !await server.Teams.AnyAsync(t => t.Key == key, ct) ? Problem.NotFound(NotFoundKind.Team, key)
            : Results.Ok(View(await db.BusinessWeeks.AsNoTracking().SingleOrDefaultAsync(h => h.TeamKey == key, ct), defaults.Value.ToEntity(key))))
            .Produces<BusinessHoursView>();
        admin.MapPut("/teams/{key}/business-hours", async (string key, BusinessHoursInput input, ServerDbContext server, DeskDbContext db,
            DatabaseSession session, AuditLog audit, CancellationToken ct) =>
        {
            if (!await server.Teams.AnyAsync(t => t.Key == key, ct)) return Problem.NotFound(NotFoundKind.Team, key);
            var (hours, mistake) = BusinessHoursRules.Check(input, key);
            if (hours is null) return Problem.Field(mistake!);
            var row = await db.BusinessWeeks.SingleOrDefaultAsync(h => h.TeamKey == key, ct);
            var before = row is null ? null : View(row, row);
            if (row is null) db.BusinessWeeks.Add(row = hours);
            else (row.TimeZone, row.Days) = (hours.TimeZone, hours.Days);
            audit.Add("team.business-hours", "team", key, key, before, View(row, row));
            await session.SaveChangesAsync(ct);
            return Results.Ok(View(row, row));
        }).Produces<BusinessHoursView>();
    }

    private static BusinessHoursView View(BusinessWeekEntity? own, BusinessWeekEntity fallback) =>
        new(own is not null, (own ?? fallback).TimeZone, [.. (own ?? fallback).Days]);
}
