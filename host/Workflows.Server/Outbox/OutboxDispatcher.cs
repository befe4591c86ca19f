using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;

namespace Workflows.Server.Outbox;

/// <summary>
/// Delivers committed outbox rows after the step that wrote them, at least once: a row is locked
/// (SKIP LOCKED, so several hosts share the work), sent, and marked delivered in one transaction. A crash
/// between sending and committing sends it again, under the same message id. A failed message waits before its next
/// attempt, twice as long each time (<see cref="OutboxOptions.MaxRetryDelay"/> at most).
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> log) : BackgroundService
{
    public const int MaxAttempts = 25;

    private static readonly string DueBatchSql = $$"""
        SELECT * FROM {{ServerTables.Outbox}}
        WHERE delivered_at IS NULL AND attempts < {{MaxAttempts}} AND (next_attempt_at IS NULL OR next_attempt_at <= {0})
        ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.Value.PollInterval);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await DispatchAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Outbox dispatch failed; trying again shortly.");
            }
        }
    }

    /// <summary>Sends one batch of due messages; returns how many were handled.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        var senders = scope.ServiceProvider.GetServices<IOutboxSender>().ToList();
        var fallback = scope.ServiceProvider.GetRequiredService<LogOutboxSender>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<DatabaseSession>().BeginAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var batch = await db.Outbox.FromSqlRaw(DueBatchSql, now).ToListAsync(cancellationToken);
        foreach (var message in batch)
        {
            IOutboxSender sender = senders.FirstOrDefault(s => s.Handles(message.Kind)) ?? fallback;
            message.Attempts++;
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.DeliveredAt = DateTimeOffset.UtcNow;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.NextAttemptAt = DateTimeOffset.UtcNow + RetryDelay(message.Attempts);
                log.LogWarning(e, "Outbox {Id} ({Kind}) failed on attempt {Attempt}; next attempt at {Next:u}.", message.Id, message.Kind, message.Attempts,
                    message.NextAttemptAt);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>The wait after the <paramref name="attempts"/>th failure: the poll interval, doubled each time, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var (first, cap) = (options.Value.PollInterval, options.Value.MaxRetryDelay);
        var doubled = first.Ticks * Math.Pow(2, Math.Min(attempts - 1, 30));
        return doubled >= cap.Ticks ? cap : TimeSpan.FromTicks((long)doubled);
    }
}
