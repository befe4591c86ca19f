namespace Workflows.Server.Timers;

/// <summary>The <c>Timers</c> section.</summary>
public sealed class TimerOptions
{
    /// <summary>
    /// Only timers due within this horizon get a Hangfire job; later ones wait as rows until the reconciler
    /// brings them inside it. Most long timers (SLA warnings) are cancelled first and never cost a job.
    /// </summary>
    public TimeSpan ScheduleHorizon { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the reconciler looks for timer rows without a job.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(3);
}
