using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;

namespace Workflows.Desk.Sla;

/// <summary>
/// After a policy changed, on request: every open case of that priority that the policy governed or now governs gets
/// its targets again from when it was opened (plus the time it waited for the customer). A case still waiting for
/// its first answer also gets the flow's <c>slaWarnAt</c>/<c>slaDueAt</c> and the SLA timers moved, in one step.
/// </summary>
public sealed class SlaRecompute(DeskDbContext db, DatabaseSession session, SlaCalendars calendars, WorkflowRuntime runtime)
{
    public async Task<int> RunAsync(string priority, Guid changedPolicyId, string actor, CancellationToken cancellationToken)
    {
        var policies = await db.SlaPolicies.AsNoTracking().Where(p => p.Priority == priority).ToListAsync(cancellationToken);
        var open = await db.Cases.Where(c => c.Priority == priority && c.ResolvedAt == null && c.ClosedAt == null)
            .Join(db.Customers, c => c.CustomerId, u => u.Id, (c, u) => new { Case = c, u.Segment }).ToListAsync(cancellationToken);
        var clocks = new Dictionary<Guid, SlaClock>();
        var count = 0;
        foreach (var (found, segment) in open.Select(o => (o.Case, o.Segment)))
        {
            if (SlaPlanner.Best(policies, priority, segment, found.Channel) is not { } policy) continue;
            if (policy.Id != changedPolicyId && found.SlaPolicyId != changedPolicyId) continue;
            if (!clocks.TryGetValue(policy.Id, out var clock)) clocks[policy.Id] = clock = await calendars.ClockAsync(policy, cancellationToken);
            var targets = SlaPlanner.Targets(policy, clock, found.CreatedAt, found.SlaPaused);
            (found.SlaPolicyId, found.ResolutionDueAt) = (policy.Id, targets.ResolutionDueAt);
            count++;
            if (found.FirstRespondedAt is not null || found.FirstResponseBreachedAt is not null || found.InstanceId is not { } instanceId)
            {
                await session.SaveChangesAsync(cancellationToken);
                continue;
            }
            found.FirstResponseDueAt = targets.FirstResponseDueAt;
            var variables = new Dictionary<string, JsonElement>
            {
                ["slaWarnAt"] = JsonSerializer.SerializeToElement(targets.WarnAt.ToString("O")),
                ["slaDueAt"] = JsonSerializer.SerializeToElement(targets.FirstResponseDueAt.ToString("O")),
            };
            // The case row commits with the step; a finished or failed instance keeps the case's new targets only.
            var outcome = await runtime.ApplyAsync(instanceId, new SetVariables(variables, RecalculateTimers: true), actor, null, cancellationToken);
            if (outcome.Outcome != StepOutcome.Ok) await session.SaveChangesAsync(cancellationToken);
        }
        return count;
    }
}
