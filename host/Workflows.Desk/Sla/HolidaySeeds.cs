namespace Workflows.Desk.Sla;

/// <summary>Mainland China public holidays for the business-hours clock, written to an empty holidays table.</summary>
public static class HolidaySeeds
{
    private static readonly (string From, int Days, string Name)[] Periods =
    [
        ("2026-01-01", 3, "New Year's Day / 元旦"),
        ("2026-02-15", 9, "Spring Festival / 春节"),
        ("2026-04-04", 3, "Qingming / 清明节"),
        ("2026-05-01", 5, "Labour Day / 劳动节"),
        ("2026-06-19", 3, "Dragon Boat Festival / 端午节"),
        ("2026-09-25", 3, "Mid-Autumn Festival / 中秋节"),
        ("2026-10-01", 7, "National Day / 国庆节"),
        ("2027-01-01", 3, "New Year's Day / 元旦"),
        ("2027-02-05", 8, "Spring Festival / 春节"),
    ];

    public static IEnumerable<HolidayEntity> Holidays() => Periods.SelectMany(p =>
        Enumerable.Range(0, p.Days).Select(d => new HolidayEntity { Date = DateOnly.Parse(p.From).AddDays(d), Name = p.Name }));
}
