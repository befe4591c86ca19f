namespace Workflows.Desk.Manager;

/// <summary>The <c>Manager</c> configuration section: when the stuck-case list calls something stuck.</summary>
public sealed class ManagerOptions
{
    public const string Section = "Manager";

    /// <summary>An open task nobody has claimed for this long is listed as unclaimed.</summary>
    public TimeSpan UnclaimedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A wait is a silent stall once it runs this many times longer than the node's usual (p90) wait ...</summary>
    public double StallFactor { get; set; } = 3;

    /// <summary>... and at least this long, so a node that usually takes seconds does not flag a one-minute wait.</summary>
    public TimeSpan StallMinimum { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A node needs this many finished waits in the recent journal before it has a usual wait at all.</summary>
    public int StallMinSamples { get; set; } = 5;

    /// <summary>How many of the newest journal entries the baseline job reads: "usual" means usual lately.</summary>
    public int BaselineJournalWindow { get; set; } = 200_000;

    /// <summary>When the baseline job runs (cron).</summary>
    public string BaselineSchedule { get; set; } = "*/5 * * * *";

    /// <summary>User tasks with these forms are callbacks (回访): overdue once past their due date.</summary>
    public List<string> CallbackForms { get; set; } = ["callback"];
}
