using Microsoft.EntityFrameworkCore;
using Workflows.Host.Database;

namespace Workflows.Host.Outbox;

/// <summary>
/// Delivers committed outbox rows after the step that wrote them, at least once: a row is locked
/// (SKIP LOCKED, so several hosts share the work), sent, and marked delivered in one transaction. A crash
/// between sending and committing sends it again, under the same message id.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private const int MaxAttempts = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
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
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var senders = scope.ServiceProvider.GetServices<IOutboxSender>().ToList();
        var fallback = scope.ServiceProvider.GetRequiredService<LogOutboxSender>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Outbox.FromSql($"""
            SELECT * FROM workflows.outbox_messages
            WHERE delivered_at IS NULL AND attempts < {MaxAttempts}
            ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
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
                log.LogWarning(e, "Outbox {Id} ({Kind}) failed on attempt {Attempt}.", message.Id, message.Kind, message.Attempts);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
