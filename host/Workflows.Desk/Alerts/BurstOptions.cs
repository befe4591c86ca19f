namespace Workflows.Desk.Alerts;

/// <summary>The <c>Support:Bursts</c> section: how many cases of one category, for one merchant or region, within how long, make a burst.</summary>
public sealed class BurstOptions
{
    public int Threshold { get; set; } = 5;
    public int WindowMinutes { get; set; } = 10;

    /// <summary>A Hangfire cron expression; every minute by default.</summary>
    public string Schedule { get; set; } = "* * * * *";
}
