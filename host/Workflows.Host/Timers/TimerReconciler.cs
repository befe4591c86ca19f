using Microsoft.EntityFrameworkCore;
using Workflows.Host.Database;

namespace Workflows.Host.Timers;

/// <summary>
/// Schedules committed timer rows that have no Hangfire job yet (the host died between commit and
/// scheduling). Runs at start-up and every few seconds; rows already scheduled are never touched, and
/// SKIP LOCKED lets several hosts share the work.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, ILogger<TimerReconciler> log) : BackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(3));
        do
        {
            try
            {
                await ReconcileAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Timer reconciliation failed; trying again shortly.");
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cutoff = DateTimeOffset.UtcNow - Grace;
        var orphans = await db.Timers.FromSql($"""
            SELECT * FROM workflows.timers
            WHERE job_id IS NULL AND fired_at IS NULL AND cancelled_at IS NULL AND created_at < {cutoff}
            ORDER BY due_at LIMIT 100 FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TimerScheduler>().ScheduleAsync(orphans, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (orphans.Count > 0) log.LogInformation("Scheduled {Count} timers that had no job.", orphans.Count);
        return orphans.Count;
    }
}
