using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Host.Database;

namespace Workflows.Host.Timers;

/// <summary>
/// Schedules committed timer rows that have no Hangfire job yet: rows that came inside the scheduling horizon,
/// and rows whose host died between commit and scheduling. Runs at start-up and every few seconds; rows already
/// scheduled are never touched, and SKIP LOCKED lets several hosts share the work.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, IOptions<TimerOptions> options, ILogger<TimerReconciler> log) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(3));
        do
        {
            try
            {
                while (await ReconcileAsync(stoppingToken) == BatchSize) { }
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
        var now = DateTimeOffset.UtcNow;
        var (cutoff, horizon) = (now - Grace, now + options.Value.ScheduleHorizon);
        // Rows just committed are left to their own step's scheduler for a grace period, unless they only now came inside the horizon.
        var orphans = await db.Timers.FromSql($"""
            SELECT * FROM workflows.timers
            WHERE job_id IS NULL AND fired_at IS NULL AND cancelled_at IS NULL AND due_at <= {horizon}
              AND (created_at < {cutoff} OR due_at > created_at + {options.Value.ScheduleHorizon})
            ORDER BY due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TimerScheduler>().ScheduleAsync(orphans, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (orphans.Count > 0) log.LogInformation("Scheduled {Count} timers that had no job.", orphans.Count);
        return orphans.Count;
    }
}
