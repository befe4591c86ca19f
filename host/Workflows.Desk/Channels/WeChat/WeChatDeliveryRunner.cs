using Microsoft.Extensions.Options;
using Workflows.Desk.Channels;
using Workflows.Server.Database;
using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Handles written deliveries, a few at a time per host (<see cref="WeChatOptions.Workers"/>), each in a scope of its
/// own so it can outlive the callback that started it: claim, hand to <see cref="WeChatInbox"/>, remove. What the
/// handling says goes back as a passive reply if the callback still waits, else as a customer-service message.
/// </summary>
public sealed class WeChatDeliveryRunner(IServiceScopeFactory scopes, IOptions<WeChatOptions> options, ILogger<WeChatDeliveryRunner> log)
{
    private readonly SemaphoreSlim _workers = new(Math.Max(1, options.Value.Workers));

    /// <returns>The passive reply, when <paramref name="answer"/> let the callback carry it; else null.</returns>
    public async Task<string?> HandleAsync(WeChatInboundMessage message, WeChatAnswer? answer, CancellationToken ct)
    {
        await _workers.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var deliveries = scope.ServiceProvider.GetRequiredService<WeChatDeliveries>();
            // Another host (or this one, from the sweeper) has it, or it is done: a retry of a message being handled.
            if (!await deliveries.ClaimAsync(message.DedupeKey, ct)) return null;
            var reply = await scope.ServiceProvider.GetRequiredService<WeChatInbox>().ReceiveAsync(message, ct);
            if (reply is not null && answer?.TryAnswerPassively() != true)
            {
                scope.ServiceProvider.GetRequiredService<OutboxWriter>().Add(null, ContactChannels.OutboxKind(ContactChannels.WeChat),
                    new MessagePayload(message.FromUserName, null, reply));
                await scope.ServiceProvider.GetRequiredService<DatabaseSession>().SaveChangesAsync(ct);
                reply = null;
            }
            await deliveries.RemoveAsync(message.DedupeKey, ct);
            return reply;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The delivery stays, under its lease: when the lease runs out the sweeper hands it over again.
            log.LogError(e, "WeChat message {Key} from {OpenId} could not be handled; it is tried again in {Lease}.", message.DedupeKey,
                message.FromUserName, WeChatDeliveries.Lease);
            return null;
        }
        finally
        {
            _workers.Release();
        }
    }
}
