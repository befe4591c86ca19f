namespace Workflows.Dmn.Feel.Values;

/// <summary>A FEEL years and months duration (P1Y2M), kept as total months; days and time durations are TimeSpan.</summary>
public readonly record struct YearsMonthsDuration(int TotalMonths) : IComparable<YearsMonthsDuration>
{
    public int CompareTo(YearsMonthsDuration other) => TotalMonths.CompareTo(other.TotalMonths);

    public override string ToString()
    {
        var sign = TotalMonths < 0 ? "-" : "";
        var months = Math.Abs(TotalMonths);
        if (months == 0) return "P0M";
        return sign + "P" + (months / 12 > 0 ? $"{months / 12}Y" : "") + (months % 12 > 0 ? $"{months % 12}M" : "");
    }
}
