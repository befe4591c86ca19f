using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;

namespace Workflows.Server.Timers;

/// <summary>
/// Hands committed timer rows due within the horizon to Hangfire and records the job id. Called after commit, so
/// a job exists only for a change that committed; a crash in between, and every timer due later, is picked up by
/// <see cref="TimerReconciler"/>.
/// </summary>
public sealed class TimerScheduler(IBackgroundJobClient jobs, ServerDbContext db, IOptions<TimerOptions> options, TimeProvider clock)
{
    public async Task ScheduleAsync(IReadOnlyList<TimerEntity> timers, CancellationToken cancellationToken)
    {
        var horizon = clock.GetUtcNow() + options.Value.ScheduleHorizon;
        foreach (var timer in timers.Where(t => t.DueAt <= horizon))
        {
            var timerId = timer.Id;
            var jobId = jobs.Schedule<TimerJob>(job => job.RunAsync(timerId, CancellationToken.None), timer.DueAt);
            await db.Database.ExecuteSqlRawAsync($"UPDATE {ServerTables.Timers} SET job_id = {{0}} WHERE id = {{1}} AND job_id IS NULL", [jobId, timerId], cancellationToken);
        }
    }
}
