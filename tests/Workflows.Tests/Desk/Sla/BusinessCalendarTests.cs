using System.Globalization;
using Workflows.Desk.Sla;

namespace Workflows.Tests.Desk.Sla;

/// <summary>
/// The business-hours clock on the shipped 2026 calendar of mainland China, 09:00–18:00 Monday to Friday in
/// Shanghai: statutory holidays stand the clock still, make-up working days (调休) run it.
/// </summary>
public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly BusinessCalendar Calendar = SlaCalendars.Build(new BusinessHoursOptions().ToEntity("agent-l1"),
        ShippedCalendars.Years.SelectMany(ShippedCalendars.Days).ToDictionary(d => d.Date, d => d.Kind));

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, Shanghai);

    [Fact]
    public void WithinOpenHours_AddsPlainly_AndAnswersInUtc()
    {
        var due = Calendar.Add(At(11, 23, 10), TimeSpan.FromMinutes(10));
        Assert.Equal(At(11, 23, 10, 10), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void FridayEvening_BeforeAStatutoryHoliday_IsDueAfterTheHoliday()
    {
        // Friday 3 April 17:55 + 10 minutes: 5 minutes that evening; Qingming is 4–6 April (Saturday to Monday), so Tuesday 09:05.
        Assert.Equal(At(4, 7, 9, 5), Calendar.Add(At(4, 3, 17, 55), TimeSpan.FromMinutes(10)));
        // Wednesday 30 September 17:00 + 2 hours: one that day, National Day runs 1–7 October, so Thursday 8 October 10:00.
        Assert.Equal(At(10, 8, 10), Calendar.Add(At(9, 30, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void MakeUpSaturday_CountsAsAWorkingDay_AnOrdinarySaturdayDoesNot()
    {
        // 9 May is the Saturday worked for Labour Day (调休): a case opened at 10:00 is due at 10:10 the same day.
        Assert.Equal(At(5, 9, 10, 10), Calendar.Add(At(5, 9, 10), TimeSpan.FromMinutes(10)));
        // 16 May is an ordinary Saturday: Monday 09:10.
        Assert.Equal(At(5, 18, 9, 10), Calendar.Add(At(5, 16, 10), TimeSpan.FromMinutes(10)));
        // Friday 13 February 17:55, before the Spring Festival: Saturday the 14th is worked, so 09:05 that morning.
        Assert.Equal(At(2, 14, 9, 5), Calendar.Add(At(2, 13, 17, 55), TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Between_CountsOnlyWorkingTime()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), Calendar.Between(At(4, 3, 17, 55), At(4, 7, 9, 5)));
        Assert.Equal(TimeSpan.FromHours(9) + TimeSpan.FromMinutes(10), Calendar.Between(At(5, 8, 17, 50), At(5, 11, 9)));
        Assert.Equal(TimeSpan.Zero, Calendar.Between(At(10, 1, 9), At(10, 7, 18)));
        Assert.Equal(TimeSpan.Zero, Calendar.Between(At(5, 9, 12), At(5, 9, 11)));
    }

    [Fact]
    public void Shipped2027_StatutoryDays_FallOnTheLunarDatesTheLawNames()
    {
        var lunar = new ChineseLunisolarCalendar();
        DateOnly Lunar(int month, int day)
        {
            // In a year with a leap month, months after it shift by one; 2026–27 has none before the fifth month's end.
            var leap = lunar.GetLeapMonth(2027);
            var m = leap > 0 && month >= leap ? month + 1 : month;
            return DateOnly.FromDateTime(lunar.ToDateTime(2027, m, day, 0, 0, 0, 0));
        }
        var days = ShippedCalendars.Days(2027).Where(d => d.Kind == CalendarDayKinds.Holiday).Select(d => d.Date).ToHashSet();
        var newYear = Lunar(1, 1);
        Assert.Contains(newYear.AddDays(-1), days); // 除夕
        Assert.All(Enumerable.Range(0, 3), i => Assert.Contains(newYear.AddDays(i), days));
        Assert.Contains(Lunar(5, 5), days);
        Assert.Contains(Lunar(8, 15), days);
        Assert.True(ShippedCalendars.Read(2027).Provisional);
        Assert.False(ShippedCalendars.Read(2026).Provisional);
    }
}
