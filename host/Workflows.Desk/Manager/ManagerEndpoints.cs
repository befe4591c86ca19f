using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Server.Instances;
using Workflows.Desk.Manager.Actions;
using Workflows.Desk.Manager.Numbers;
using Workflows.Desk.Manager.Process;
using Workflows.Desk.Manager.Stuck;
using Workflows.Server.Problems;
using Workflows.Desk.Sla;

namespace Workflows.Desk.Manager;

/// <summary>The manager workspace's API: stuck cases and what to do about them, the process view, one instance, the numbers.</summary>
public static class ManagerEndpoints
{
    public sealed record StuckPage(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<StuckRow> Items, int Page, int PageSize);

    public static void MapManagerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/manager").WithTags("Manager").RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
        group.MapGet("/stuck", StuckAsync).Produces<StuckPage>();
        group.MapProcessView();
        group.MapFloor();
        group.MapGet("/instances/{id:guid}", async (Guid id, ServerDbContext db) =>
            await InstanceDetails.LoadAsync(db, id) is { } details ? Results.Ok(details) : Problem.NotFound(NotFoundKind.Instance, id)).Produces<InstanceDetails>();
        group.MapGet("/numbers", async (string? from, string? to, DeskDbContext db, IOptions<BusinessHoursOptions> hours, TimeProvider clock, CancellationToken ct) =>
        {
            var (query, problem) = Range(from, to, hours.Value.TimeZone, clock);
            return query is null ? problem! : Results.Ok(await query.RunAsync(db, clock.GetUtcNow(), ct));
        }).Produces<SupportNumbers>();
        group.MapGet("/numbers.csv", async (string? from, string? to, DeskDbContext db, IOptions<BusinessHoursOptions> hours, TimeProvider clock, CancellationToken ct) =>
        {
            var (query, problem) = Range(from, to, hours.Value.TimeZone, clock);
            if (query is null) return problem!;
            var csv = NumbersCsv.Write(await query.RunAsync(db, clock.GetUtcNow(), ct));
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
                $"support-numbers-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}.csv");
        });
        group.MapManagerActions();
    }

    private static async Task<IResult> StuckAsync(DeskDbContext db, IOptions<ManagerOptions> options, TimeProvider clock, CancellationToken ct,
        string? reason, int page = 1, int pageSize = 50)
    {
        if (reason is not null && !StuckReasons.All.Contains(reason)) return Problem.Field("reason", $"reason is one of {string.Join(", ", StuckReasons.All)}.");
        if (page is < 1 or > 1000) return Problem.Field("page", "page is between 1 and 1000.");
        if (pageSize is < 1 or > 200) return Problem.Field("pageSize", "pageSize is between 1 and 200.");
        var (query, now) = (new StuckQuery(reason, page, pageSize), clock.GetUtcNow());
        return Results.Ok(new StuckPage(await query.CountAsync(db, options.Value, now, ct), await query.RunAsync(db, options.Value, now, ct), page, pageSize));
    }

    /// <summary>The date range asked for (yyyy-MM-dd, both days included); the last 30 days when not given.</summary>
    private static (NumbersQuery? Query, IResult? Problem) Range(string? from, string? to, string timeZone, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
        if (!TryDay(to, today, out var last)) return (null, Problem.Field("to", "to is a date like 2026-11-23."));
        if (!TryDay(from, last.AddDays(-29), out var first)) return (null, Problem.Field("from", "from is a date like 2026-11-01."));
        if (first > last) return (null, Problem.Field("from", "from is on or before to."));
        if (last.DayNumber - first.DayNumber > 366) return (null, Problem.Field("from", "The range is at most 366 days."));
        return (new NumbersQuery(first, last, timeZone), null);
    }

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
