using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Sla;

/// <summary>Picks the SLA policy for a priority and segment and turns it into due times on the right clock.</summary>
public sealed class SlaPlanner(DeskDbContext db, IOptions<BusinessHoursOptions> hours)
{
    public async Task<SlaTargets> PlanAsync(string priority, string segment, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var policies = await db.SlaPolicies.AsNoTracking().Where(p => p.Priority == priority && (p.Segment == segment || p.Segment == null))
            .ToListAsync(cancellationToken);
        var policy = policies.OrderBy(p => p.Segment is null).FirstOrDefault()
            ?? throw new InvalidOperationException($"No SLA policy covers priority '{priority}'; add one to sla_policies.");
        if (!policy.BusinessHoursOnly)
            return new SlaTargets(start + policy.FirstResponse * policy.WarnAt, start + policy.FirstResponse, start + policy.Resolution);
        var holidays = (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();
        var calendar = new BusinessCalendar(hours.Value, holidays);
        return new SlaTargets(calendar.Add(start, policy.FirstResponse * policy.WarnAt), calendar.Add(start, policy.FirstResponse),
            calendar.Add(start, policy.Resolution));
    }
}
