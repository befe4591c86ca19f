using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Shifts;

/// <summary>
/// <c>/api/teams/{key}/shifts</c>: a team's shift templates. Everyone signed in reads them; admins and managers
/// change them. Changing a shift's hours moves every rostered day of it, unless an agent would then work two
/// shifts at once.
/// </summary>
public static class ShiftEndpoints
{
    public static void MapShiftEndpoints(this RouteGroupBuilder team)
    {
        team.MapGet("/shifts", async (string key, ServerDbContext server, DeskDbContext desk, CancellationToken ct) =>
            !await server.Teams.AnyAsync(t => t.Key == key, ct) ? Problem.NotFound(NotFoundKind.Team, key)
            : Results.Ok((await desk.ShiftTemplates.AsNoTracking().Where(s => s.TeamKey == key).OrderBy(s => s.Starts).ThenBy(s => s.Name).ToListAsync(ct))
                .Select(ShiftView.From).ToList()))
            .Produces<List<ShiftView>>();
        team.MapPost("/shifts", async (string key, ShiftInput input, ServerDbContext server, DeskDbContext desk, DatabaseSession session, AuditLog audit,
            CancellationToken ct) =>
        {
            if (!await server.Teams.AnyAsync(t => t.Key == key, ct)) return Problem.NotFound(NotFoundKind.Team, key);
            var (shift, mistake) = ShiftRules.Check(input, key);
            if (shift is null) return Problem.Field(mistake!);
            if (await desk.ShiftTemplates.AnyAsync(s => s.TeamKey == key && s.Name == shift.Name, ct)) return NameTaken(shift.Name);
            shift.Id = Guid.NewGuid();
            desk.ShiftTemplates.Add(shift);
            audit.Add("shift.create", "team", key, shift.Name, after: ShiftView.From(shift));
            await session.SaveChangesAsync(ct);
            return Results.Created($"/api/teams/{key}/shifts/{shift.Id}", ShiftView.From(shift));
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager)).Produces<ShiftView>(StatusCodes.Status201Created);
        team.MapPut("/shifts/{id:guid}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager)).Produces<ShiftView>();
        team.MapDelete("/shifts/{id:guid}", async (string key, Guid id, DeskDbContext desk, DatabaseSession session, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        {
            if (await desk.ShiftTemplates.SingleOrDefaultAsync(s => s.Id == id && s.TeamKey == key, ct) is not { } shift) return Problem.NotFound($"Shift {id} of team {key}");
            if (await desk.RosterEntries.AnyAsync(r => r.ShiftId == id && r.EndsAt > clock.GetUtcNow(), ct))
                return Problem.Conflict("shift.rostered", $"Shift {shift.Name} is on the roster from now on; take it off the roster first.", ("shift", shift.Name));
            await desk.RosterEntries.Where(r => r.ShiftId == id).ExecuteDeleteAsync(ct);
            desk.ShiftTemplates.Remove(shift);
            audit.Add("shift.delete", "team", key, shift.Name, before: ShiftView.From(shift));
            await session.SaveChangesAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager));
    }

    private static async Task<IResult> UpdateAsync(string key, Guid id, ShiftInput input, DeskDbContext desk, DatabaseSession session, AuditLog audit, CancellationToken ct)
    {
        if (await desk.ShiftTemplates.SingleOrDefaultAsync(s => s.Id == id && s.TeamKey == key, ct) is not { } shift) return Problem.NotFound($"Shift {id} of team {key}");
        var (changed, mistake) = ShiftRules.Check(input, key);
        if (changed is null) return Problem.Field(mistake!);
        if (changed.Name != shift.Name && await desk.ShiftTemplates.AnyAsync(s => s.TeamKey == key && s.Name == changed.Name, ct)) return NameTaken(changed.Name);
        var before = ShiftView.From(shift);
        (shift.Name, shift.Starts, shift.Ends, shift.TimeZone) = (changed.Name, changed.Starts, changed.Ends, changed.TimeZone);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(shift.TimeZone);
        var rostered = await desk.RosterEntries.Where(r => r.ShiftId == id).ToListAsync(ct);
        foreach (var entry in rostered) (entry.StartsAt, entry.EndsAt) = ShiftTimes.Instants(entry.Date, shift.Starts, shift.Ends, zone);
        var people = rostered.Select(r => r.UserName).Distinct().ToArray();
        var others = await desk.RosterEntries.AsNoTracking().Where(r => people.Contains(r.UserName) && r.ShiftId != id).ToListAsync(ct);
        if (rostered.FirstOrDefault(r => others.Any(o => o.UserName == r.UserName && o.StartsAt < r.EndsAt && r.StartsAt < o.EndsAt)) is { } clash)
            return Problem.Field(Mistake.Of("roster.overlap", "ends", $"With these hours {clash.UserName}'s {shift.Name} on {clash.Date:yyyy-MM-dd} would overlap another shift.",
                ("userName", clash.UserName), ("date", clash.Date.ToString("yyyy-MM-dd"))));
        audit.Add("shift.update", "team", key, shift.Name, before, ShiftView.From(shift));
        await session.SaveChangesAsync(ct);
        return Results.Ok(ShiftView.From(shift));
    }

    private static IResult NameTaken(string name) => Problem.Field(Mistake.Of("shift.name.taken", "name", $"The team already has a shift named {name}.", ("value", name)));
}
