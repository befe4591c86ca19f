using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Sla;

/// <summary>
/// <c>/api/admin/sla/policies</c>: the SLA policies, admins only like everything under <c>/api/admin</c>. A change applies to new
/// cases; with <c>?recompute=true</c> it also moves the targets of the open cases it governs, and says how many.
/// </summary>
public static class SlaEndpoints
{
    public sealed record Saved(SlaPolicyView Policy, int Recomputed);

    public static void MapSlaEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/sla").WithTags("SLA").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/policies", async (DeskDbContext db, CancellationToken ct) =>
            (await db.SlaPolicies.AsNoTracking().OrderBy(p => p.Priority).ThenBy(p => p.Segment).ThenBy(p => p.Channel).ToListAsync(ct)).Select(SlaPolicyView.From).ToList())
            .Produces<List<SlaPolicyView>>();
        group.MapPost("/policies", (SlaPolicyInput input, bool? recompute, [AsParameters] Services s, CancellationToken ct) => SaveAsync(null, input, recompute ?? false, s, ct))
            .Produces<Saved>(StatusCodes.Status201Created);
        group.MapPut("/policies/{id:guid}", (Guid id, SlaPolicyInput input, bool? recompute, [AsParameters] Services s, CancellationToken ct) => SaveAsync(id, input, recompute ?? false, s, ct))
            .Produces<Saved>();
        group.MapDelete("/policies/{id:guid}", async (Guid id, bool? recompute, [AsParameters] Services s, CancellationToken ct) =>
        {
            if (await s.Db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } policy) return Problem.NotFound($"SLA policy {id}");
            if (policy is { Segment: null, Channel: null })
                return Problem.Conflict("sla.policy.fallback", $"The general {policy.Priority} policy covers every case no other policy fits; change it instead.",
                    ("priority", policy.Priority));
            s.Db.SlaPolicies.Remove(policy);
            s.Audit.Add("sla.policy.delete", "sla-policy", id.ToString(), Describe(policy), before: SlaPolicyView.From(policy));
            await s.Session.SaveChangesAsync(ct);
            return Results.Ok(new { recomputed = recompute == true ? await s.Recompute.RunAsync(policy.Priority, id, s.Actor, ct) : 0 });
        });
        group.MapGet("/preview", PreviewAsync).Produces<SlaPreview>();
    }

    /// <summary>The services a policy change needs, bound from the request.</summary>
    public sealed record Services(DeskDbContext Db, DatabaseSession Session, AuditLog Audit, SlaRecompute Recompute, ClaimsPrincipal User)
    {
        public string Actor => User.Identity?.Name ?? "system";
    }

    private static async Task<IResult> SaveAsync(Guid? id, SlaPolicyInput input, bool recompute, Services s, CancellationToken ct)
    {
        var existing = id is { } known ? await s.Db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == known, ct) : null;
        if (id is not null && existing is null) return Problem.NotFound($"SLA policy {id}");
        var (policy, mistake) = SlaPolicyRules.Check(input);
        if (policy is null) return Problem.Field(mistake!);
        if (existing is { Segment: null, Channel: null } && (policy.Segment, policy.Channel, policy.Priority) != (null, null, existing.Priority))
            return Problem.Field(Mistake.Of("sla.policy.fallback", "priority", "The general policy of a priority stays general; add a new policy for a segment or channel."));
        if (await s.Db.SlaPolicies.AnyAsync(p => p.Id != id && p.Priority == policy.Priority && p.Segment == policy.Segment && p.Channel == policy.Channel, ct))
            return Problem.Field(Mistake.Of("sla.policy.duplicate", policy.Segment is not null ? "segment" : "channel",
                $"There already is a policy for {Describe(policy)}; change that one.", ("policy", Describe(policy))));
        var before = existing is null ? null : SlaPolicyView.From(existing);
        var previousPriority = existing?.Priority;
        if (existing is null)
        {
            policy.Id = Guid.CreateVersion7();
            s.Db.SlaPolicies.Add(existing = policy);
        }
        else Copy(policy, existing);
        s.Audit.Add(before is null ? "sla.policy.create" : "sla.policy.update", "sla-policy", existing.Id.ToString(), Describe(existing), before, SlaPolicyView.From(existing));
        await s.Session.SaveChangesAsync(ct);
        var recomputed = 0;
        if (recompute)
        {
            recomputed = await s.Recompute.RunAsync(existing.Priority, existing.Id, s.Actor, ct);
            if (previousPriority is not null && previousPriority != existing.Priority) recomputed += await s.Recompute.RunAsync(previousPriority, existing.Id, s.Actor, ct);
        }
        var saved = new Saved(SlaPolicyView.From(existing), recomputed);
        return before is null ? Results.Created($"/api/admin/sla/policies/{existing.Id}", saved) : Results.Ok(saved);
    }

    private static void Copy(SlaPolicyEntity from, SlaPolicyEntity to) =>
        (to.Priority, to.Segment, to.Channel, to.FirstResponse, to.Resolution, to.WarnAt, to.BusinessHoursOnly, to.PauseWhileWaiting) =
        (from.Priority, from.Segment, from.Channel, from.FirstResponse, from.Resolution, from.WarnAt, from.BusinessHoursOnly, from.PauseWhileWaiting);

    private static string Describe(SlaPolicyEntity p) => $"{p.Priority}/{p.Segment ?? "any segment"}/{p.Channel ?? "any channel"}";

    private static async Task<IResult> PreviewAsync(string? priority, string? segment, string? channel, DateTimeOffset? openedAt, SlaPlanner planner,
        TimeProvider clock, CancellationToken ct)
    {
        (segment, channel) = (segment ?? "consumer", channel ?? "email");
        if (SlaPolicyRules.CheckScope(priority, segment, channel) is { } mistake) return Problem.Field(mistake);
        var at = openedAt ?? clock.GetUtcNow();
        var (policy, targets) = await planner.PlanAsync(priority!, segment, channel, at, ct);
        return Results.Ok(new SlaPreview(SlaPolicyView.From(policy), at, targets.WarnAt, targets.FirstResponseDueAt, targets.ResolutionDueAt));
    }
}
