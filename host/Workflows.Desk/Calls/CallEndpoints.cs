using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Live;
using Workflows.Desk.Support;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Calls;

/// <summary>
/// <c>/api/cases/{id}/calls</c>: the calls agents logged on a case, and logging one. (A case opened from a call takes
/// its call in the intake request: <c>POST /api/cases</c> with <c>call</c>.)
/// </summary>
public static class CallEndpoints
{
    public sealed record CallView(Guid Id, string Direction, string Number, int DurationSeconds, string Notes, DateTimeOffset StartedAt, string Agent);

    public static void MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}/calls").WithTags("Cases").RequireAuthorization(p => p.RequireRole(SupportRoles.Staff));
        group.MapPost("/", async (Guid id, CallRequest request, DeskDbContext db, DatabaseSession session, CallLog calls, ClaimsPrincipal user,
            TimeProvider clock, CancellationToken ct) =>
        {
            if (CallRules.Check(request, clock.GetUtcNow()) is { } broken) return Problem.Field(broken);
            if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return Problem.NotFound(NotFoundKind.Case, id);
            var (message, call) = calls.Add(found.Id, found.CustomerId, request, user.Identity!.Name!);
            LiveSignal.Send(session.Batch, id);
            await session.SaveChangesAsync(ct);
            return Results.Created($"/api/cases/{id}/calls", View(call, message.Body));
        }).WithSummary("Logs a phone call on the case: direction, number, length and notes; it joins the case's timeline.")
            .Produces<CallView>(StatusCodes.Status201Created);
        group.MapGet("/", async (Guid id, DeskDbContext db, CancellationToken ct) =>
        {
            if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return Problem.NotFound(NotFoundKind.Case, id);
            var calls = await (from c in db.Calls.AsNoTracking()
                               join m in db.CaseMessages on c.Id equals m.Id
                               where c.CaseId == id
                               orderby c.StartedAt
                               select new { Call = c, m.Body }).ToListAsync(ct);
            return Results.Ok(calls.Select(c => View(c.Call, c.Body)).ToList());
        }).WithSummary("The calls logged on the case, oldest first.").Produces<List<CallView>>();
    }

    private static CallView View(CallEntity call, string notes) =>
        new(call.Id, call.Direction, call.Number, call.DurationSeconds, notes, call.StartedAt, call.Agent);
}
