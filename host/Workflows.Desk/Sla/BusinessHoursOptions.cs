namespace Workflows.Desk.Sla;

/// <summary>The <c>Support:BusinessHours</c> section: the hours of a team that has none of its own.</summary>
public sealed class BusinessHoursOptions
{
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public TimeOnly Open { get; set; } = new(9, 0);
    public TimeOnly Close { get; set; } = new(18, 0);
    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public BusinessWeekEntity ToEntity(string teamKey) => new()
    {
        TeamKey = teamKey, TimeZone = TimeZone, Days = [.. Days.Select(d => new WeekdayHours(d, Open.ToString("HH:mm"), Close.ToString("HH:mm")))],
    };
}
