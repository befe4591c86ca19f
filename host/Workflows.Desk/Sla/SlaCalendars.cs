using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Database;
using Workflows.Desk.Support;

namespace Workflows.Desk.Sla;

/// <summary>Loads the calendar a policy's clock runs on: the SLA team's hours (or the defaults) with every holiday and make-up day.</summary>
public sealed class SlaCalendars(DeskDbContext db, IOptions<BusinessHoursOptions> defaults, IOptions<SupportOptions> support)
{
    public async Task<SlaClock> ClockAsync(SlaPolicyEntity policy, CancellationToken cancellationToken) =>
        policy.BusinessHoursOnly ? new SlaClock(await ForTeamAsync(support.Value.SlaTeam, cancellationToken)) : SlaClock.Continuous;

    public async Task<BusinessCalendar> ForTeamAsync(string teamKey, CancellationToken cancellationToken)
    {
        var hours = await db.BusinessWeeks.AsNoTracking().SingleOrDefaultAsync(h => h.TeamKey == teamKey, cancellationToken)
            ?? defaults.Value.ToEntity(teamKey);
        var days = await db.Holidays.AsNoTracking().ToDictionaryAsync(h => h.Date, h => h.Kind, cancellationToken);
        return Build(hours, days);
    }

    public static BusinessCalendar Build(BusinessWeekEntity hours, IReadOnlyDictionary<DateOnly, string> days) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone), hours.Days.ToDictionary(d => d.Day, BusinessHoursRules.Parse), days);
}
