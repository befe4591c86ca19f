using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;

namespace Workflows.Server.Timers;

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
        using var ticks = new PeriodicTimer(options.Value.ReconcileInterval);
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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<DatabaseSession>().BeginAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var (cutoff, horizon) = (now - Grace, now + options.Value.ScheduleHorizon);
        // Rows just committed are left to their own step's scheduler for a grace period, unless they only now came inside the horizon.
        var orphans = await db.Timers.FromSqlRaw($$"""
            SELECT * FROM {{ServerTables.Timers}}
            WHERE job_id IS NULL AND fired_at IS NULL AND cancelled_at IS NULL AND due_at <= {0}
              AND (created_at < {1} OR due_at > created_at + {2})
            ORDER BY due_at LIMIT {{BatchSize}} FOR UPDATE SKIP LOCKED
            """, horizon, cutoff, options.Value.ScheduleHorizon).AsNoTracking().ToListAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TimerScheduler>().ScheduleAsync(orphans, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (orphans.Count > 0) log.LogInformation("Scheduled {Count} timers that had no job.", orphans.Count);
        return orphans.Count;
    }
}
