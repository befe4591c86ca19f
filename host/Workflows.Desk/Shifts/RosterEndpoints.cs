using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Shifts;

/// <summary><c>/api/teams/{key}/roster</c>: who works which shift on which day. Everyone signed in reads; admins and managers write.</summary>
public static class RosterEndpoints
{
    public static void MapRosterEndpoints(this RouteGroupBuilder team)
    {
        team.MapGet("/roster", async (string key, string? from, string? to, ServerDbContext server, DeskDbContext desk, CancellationToken ct) =>
        {
            if (!await server.Teams.AnyAsync(t => t.Key == key, ct)) return Problem.NotFound(NotFoundKind.Team, key);
            var (start, end, mistake) = RosterRules.Range(from, to);
            return mistake is not null ? Problem.Field(mistake) : Results.Ok(new RosterView(start, end, await ViewsAsync(desk, key, start, end, ct)));
        }).Produces<RosterView>();
        team.MapPut("/roster", async (string key, RosterInput input, ServerDbContext server, DeskDbContext desk, DatabaseSession session, AuditLog audit,
            CancellationToken ct) =>
        {
            if (await server.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key, ct) is not { } teamRow) return Problem.NotFound(NotFoundKind.Team, key);
            var (from, to, range) = RosterRules.Range(input.From, input.To);
            if (range is not null) return Problem.Field(range);
            var members = (await server.TeamMembers.Where(m => m.TeamId == teamRow.Id).Join(server.Users, m => m.UserId, u => u.Id, (m, u) => u.UserName)
                .ToListAsync(ct)).ToHashSet();
            var shifts = await desk.ShiftTemplates.AsNoTracking().Where(s => s.TeamKey == key).ToDictionaryAsync(s => s.Id, ct);
            var people = (input.Entries ?? []).Select(e => e.UserName).OfType<string>().Distinct().ToArray();
            var elsewhere = await desk.RosterEntries.AsNoTracking()
                .Where(r => people.Contains(r.UserName) && !(r.TeamKey == key && r.Date >= from && r.Date <= to)).ToListAsync(ct);
            var (entries, mistake) = RosterRules.Check(input, key, from, to, members, shifts, elsewhere);
            if (entries is null) return Problem.Field(mistake!);
            await using var transaction = await session.BeginAsync(ct);
            await desk.RosterEntries.Where(r => r.TeamKey == key && r.Date >= from && r.Date <= to).ExecuteDeleteAsync(ct);
            desk.RosterEntries.AddRange(entries);
            audit.Add("roster.update", "team", key, teamRow.Name, after: new { from, to, entries = entries.Count });
            await session.FlushAsync(ct);
            await transaction.CommitAsync(ct);
            return Results.Ok(new RosterView(from, to, await ViewsAsync(desk, key, from, to, ct)));
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager)).Produces<RosterView>();
    }

    private static Task<List<RosterEntryView>> ViewsAsync(DeskDbContext desk, string key, DateOnly from, DateOnly to, CancellationToken ct) =>
        desk.RosterEntries.AsNoTracking().Where(r => r.TeamKey == key && r.Date >= from && r.Date <= to)
            .Join(desk.ShiftTemplates, r => r.ShiftId, s => s.Id, (r, s) => new { r, s.Name })
            .OrderBy(x => x.r.StartsAt).ThenBy(x => x.r.UserName)
            .Select(x => new RosterEntryView(x.r.Id, x.r.UserName, x.r.Date, x.r.ShiftId, x.Name, x.r.StartsAt, x.r.EndsAt)).ToListAsync(ct);
}
