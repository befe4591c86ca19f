using Workflows.Desk.Sla;

namespace Workflows.Tests.Desk.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly BusinessCalendar Calendar = new(new BusinessHoursOptions(), new HashSet<DateOnly> { new(2026, 10, 1), new(2026, 10, 2) });

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Shanghai);

    [Fact]
    public void WithinOpenHours_AddsPlainly()
    {
        var due = Calendar.Add(At(11, 23, 10), TimeSpan.FromMinutes(10));
        Assert.Equal(At(11, 23, 10, 10), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void AfterClosing_StartsNextMorning_AndSkipsTheWeekend()
    {
        // Friday 17:55 plus 10 minutes: 5 minutes on Friday, 5 on Monday morning.
        Assert.Equal(At(11, 23, 9, 5), Calendar.Add(At(11, 20, 17, 55), TimeSpan.FromMinutes(10)));
        Assert.Equal(At(11, 23, 9, 10), Calendar.Add(At(11, 21, 3), TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Holidays_DoNotCount_AndLongTargetsSpanDays()
    {
        // Wednesday 30 Sep 17:00 + 2 h: 1 h that day, then Oct 1-2 are holidays and 3-4 a weekend, so Monday 5 Oct 10:00.
        Assert.Equal(At(10, 5, 10), Calendar.Add(At(9, 30, 17), TimeSpan.FromHours(2)));
        Assert.Equal(At(11, 24, 18), Calendar.Add(At(11, 23, 9), TimeSpan.FromHours(18)));
    }
}
