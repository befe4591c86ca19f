namespace Workflows.Desk.Sla;

/// <summary>The <c>Support:BusinessHours</c> section: when the business-hours SLA clock runs.</summary>
public sealed class BusinessHoursOptions
{
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public TimeOnly Open { get; set; } = new(9, 0);
    public TimeOnly Close { get; set; } = new(18, 0);
    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
