using Hangfire;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Database;

namespace Workflows.Host.Timers;

/// <summary>
/// Hands committed timer rows to Hangfire and records the job id. Called after commit, so a job exists
/// only for a change that committed; a crash in between is healed by <see cref="TimerReconciler"/>.
/// </summary>
public sealed class TimerScheduler(IBackgroundJobClient jobs, WorkflowsDbContext db)
{
    public async Task ScheduleAsync(IReadOnlyList<TimerEntity> timers, CancellationToken cancellationToken)
    {
        foreach (var timer in timers)
        {
            var timerId = timer.Id;
            var jobId = jobs.Schedule<TimerJob>(job => job.RunAsync(timerId, CancellationToken.None), timer.DueAt);
            await db.Database.ExecuteSqlAsync($"UPDATE workflows.timers SET job_id = {jobId} WHERE id = {timerId} AND job_id IS NULL", cancellationToken);
        }
    }
}
