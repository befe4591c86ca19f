namespace Workflows.Desk.Sla;

public static class CalendarDayKinds
{
    public const string Holiday = "holiday";

    /// <summary>调休: a weekend day that is a working day, with the hours of an ordinary weekday.</summary>
    public const string Workday = "workday";

    public static readonly IReadOnlyList<string> All = [Holiday, Workday];
}
