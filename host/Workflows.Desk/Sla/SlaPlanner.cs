using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Sla;

/// <summary>
/// Picks the SLA policy for a case and turns it into due times on the policy's clock; moves the resolution target
/// when the customer answers after the case waited for them.
/// </summary>
public sealed class SlaPlanner(DeskDbContext db, SlaCalendars calendars)
{
    public async Task<(SlaPolicyEntity Policy, SlaTargets Targets)> PlanAsync(string priority, string segment, string channel, DateTimeOffset start,
        CancellationToken cancellationToken)
    {
        var policy = Best(await db.SlaPolicies.AsNoTracking().Where(p => p.Priority == priority).ToListAsync(cancellationToken), priority, segment, channel)
            ?? throw new InvalidOperationException($"No SLA policy covers priority '{priority}'; add one in the SLA settings.");
        return (policy, Targets(policy, await calendars.ClockAsync(policy, cancellationToken), start, TimeSpan.Zero));
    }

    public static SlaPolicyEntity? Best(IEnumerable<SlaPolicyEntity> policies, string priority, string segment, string channel) =>
        policies.Select(p => (Policy: p, Fit: p.Fit(priority, segment, channel))).Where(p => p.Fit >= 0).OrderByDescending(p => p.Fit).Select(p => p.Policy).FirstOrDefault();

    /// <summary>Targets counted from <paramref name="start"/>; <paramref name="paused"/> is resolution time the customer's waits added.</summary>
    public static SlaTargets Targets(SlaPolicyEntity policy, SlaClock clock, DateTimeOffset start, TimeSpan paused) =>
        new(clock.Add(start, policy.FirstResponse * policy.WarnAt), clock.Add(start, policy.FirstResponse), clock.Add(start, policy.Resolution + paused));

    /// <summary>
    /// The customer answered: the working time the case waited is added to its record, and the resolution target
    /// moves by it when the policy pauses for the customer (a target already missed stays missed).
    /// </summary>
    public async Task ResumeAsync(CaseEntity found, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = found.SlaPolicyId is { } id ? await db.SlaPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (policy is { PauseWhileWaiting: false }) return;
        var clock = policy is null ? SlaClock.Continuous : await calendars.ClockAsync(policy, cancellationToken);
        found.SlaPaused += clock.Between(since, now);
        if (found.ResolutionDueAt > since) found.ResolutionDueAt = clock.Add(now, clock.Between(since, found.ResolutionDueAt));
    }
}
