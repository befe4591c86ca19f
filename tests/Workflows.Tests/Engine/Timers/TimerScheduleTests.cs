using Workflows.Engine.Model;
using Workflows.Engine.Timers;

namespace Workflows.Tests.Engine.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("PT10M", "2026-01-31T10:10:00Z")]
    [InlineData("P1M", "2026-02-28T10:00:00Z")]
    [InlineData("P1Y2M3DT4H5M6S", "2027-04-03T14:05:06Z")]
    [InlineData("P2W", "2026-02-14T10:00:00Z")]
    [InlineData("PT1.5S", "2026-01-31T10:00:01.5Z")]
    public void Duration_AddsWithCalendarArithmetic(string duration, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), TimerSchedule.Plan(TimerKind.Duration, duration, Now).FirstDueAt);

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("10M")]
    [InlineData("P1H")]
    public void Duration_IsRejected_WhenNotIso8601(string text) => Assert.NotNull(TimerSchedule.Validate(TimerKind.Duration, text));

    [Fact]
    public void Date_WithoutOffset_IsUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), TimerSchedule.Plan(TimerKind.Date, "2026-03-01T08:00:00", Now).FirstDueAt);

    [Fact]
    public void Date_KeepsItsOffset() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), TimerSchedule.Plan(TimerKind.Date, "2026-03-01T08:00:00+08:00", Now).FirstDueAt);

    [Fact]
    public void Cycle_RepeatsDuration_NTimes()
    {
        var plan = TimerSchedule.Plan(TimerKind.Cycle, "R3/PT10M", Now);
        Assert.Equal(Now.AddMinutes(10), plan.FirstDueAt);
        Assert.Equal(2, plan.RemainingAfterFirst);
        Assert.Equal(Now.AddMinutes(20), plan.Cycle!.Next(plan.FirstDueAt));
    }

    [Fact]
    public void Cycle_WithoutCount_IsUnbounded() => Assert.Equal(-1, TimerSchedule.Plan(TimerKind.Cycle, "R/PT1H", Now).RemainingAfterFirst);

    [Fact]
    public void Cycle_WithPastStart_FirstFiresAtNextOccurrence()
    {
        var plan = TimerSchedule.Plan(TimerKind.Cycle, "R5/2026-01-31T08:30:00Z/PT1H", Now);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 10, 30, 0, TimeSpan.Zero), plan.FirstDueAt);
    }

    [Fact]
    public void Cycle_WithFutureStart_FirstFiresAtStart() =>
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero), TimerSchedule.Plan(TimerKind.Cycle, "R/2026-02-02T09:00:00Z/P1D", Now).FirstDueAt);

    [Fact]
    public void Cycle_StartEnd_RepeatsTheInterval()
    {
        var plan = TimerSchedule.Plan(TimerKind.Cycle, "R2/2026-02-01T00:00:00Z/2026-02-01T06:00:00Z", Now);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), plan.FirstDueAt);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 6, 0, 0, TimeSpan.Zero), plan.Cycle!.Next(plan.FirstDueAt));
    }

    [Fact]
    public void Cycle_DurationEnd_StopsAfterEnd()
    {
        var plan = TimerSchedule.Plan(TimerKind.Cycle, "R/PT1H/2026-01-31T12:30:00Z", Now);
        Assert.Equal(Now.AddHours(1), plan.FirstDueAt);
        Assert.Equal(Now.AddHours(2), plan.Cycle!.Next(plan.FirstDueAt));
        Assert.Null(plan.Cycle.Next(Now.AddHours(2)));
    }

    [Theory]
    [InlineData("0 0/5 * * * ?", "2026-01-31T10:05:00Z")]
    [InlineData("0 30 9 ? * MON-FRI", "2026-02-02T09:30:00Z")]
    [InlineData("0 0 12 1 * ?", "2026-02-01T12:00:00Z")]
    [InlineData("15 0 10 * * ?", "2026-01-31T10:00:15Z")]
    [InlineData("0 0 0 1 JAN ? 2027", "2027-01-01T00:00:00Z")]
    public void Cron_FindsNextOccurrence(string cron, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), TimerSchedule.Plan(TimerKind.Cycle, cron, Now).FirstDueAt);

    [Theory]
    [InlineData("0 0/5 * * *")]
    [InlineData("0 0 25 * * ?")]
    [InlineData("0 0 12 1 * MON")]
    [InlineData("0 0 12 L * ?")]
    public void Cron_IsRejected_WhenInvalidOrUnsupported(string cron) => Assert.NotNull(TimerSchedule.Validate(TimerKind.Cycle, cron));
}
