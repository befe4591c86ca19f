using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>a.b: a context entry, the same entry of every context in a list, or a property of a date, time or duration.</summary>
internal sealed class PathNode(FeelNode target, string name) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => Select(target.Evaluate(scope), name);

    public static object? Select(object? value, string name) => value switch
    {
        IReadOnlyDictionary<string, object?> context => context.TryGetValue(name, out var v) ? v : null,
        IReadOnlyList<object?> list => list.Select(item => Select(item, name)).ToList(),
        DateOnly d => DateProperty(d.ToDateTime(TimeOnly.MinValue), name),
        FeelDateTime dt => name switch
        {
            "time offset" => dt.Offset,
            "timezone" => dt.Zone,
            "hour" => (decimal)dt.Local.Hour,
            "minute" => (decimal)dt.Local.Minute,
            "second" => (decimal)dt.Local.Second,
            _ => DateProperty(dt.Local, name),
        },
        FeelTime t => name switch
        {
            "hour" => (decimal)t.TimeOfDay.Hours,
            "minute" => (decimal)t.TimeOfDay.Minutes,
            "second" => (decimal)t.TimeOfDay.Seconds,
            "time offset" => t.Offset,
            "timezone" => t.Zone,
            _ => null,
        },
        TimeSpan d => name switch
        {
            "days" => (decimal)d.Days,
            "hours" => (decimal)d.Hours,
            "minutes" => (decimal)d.Minutes,
            "seconds" => (decimal)d.Seconds,
            _ => null,
        },
        YearsMonthsDuration y => name switch
        {
            "years" => (decimal)(y.TotalMonths / 12),
            "months" => (decimal)(y.TotalMonths % 12),
            _ => null,
        },
        FeelRange r => name switch
        {
            "start" => r.Start,
            "end" => r.End,
            "start included" => r.StartIncluded,
            "end included" => r.EndIncluded,
            _ => null,
        },
        _ => null,
    };

    private static object? DateProperty(DateTime d, string name) => name switch
    {
        "year" => (decimal)d.Year,
        "month" => (decimal)d.Month,
        "day" => (decimal)d.Day,
        "weekday" => (decimal)(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek),
        _ => null,
    };
}
