using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;

namespace Workflows.Server.Outbox;

/// <summary>
/// Delivers committed outbox rows after the step that wrote them, at least once: a row is locked
/// (SKIP LOCKED, so several hosts share the work), sent, and marked delivered in one transaction. A crash
/// between sending and committing sends it again, under the same message id.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private const int MaxAttempts = 10;

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
        var batch = await db.Outbox.FromSqlRaw($"""
            SELECT * FROM {ServerTables.Outbox}
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
