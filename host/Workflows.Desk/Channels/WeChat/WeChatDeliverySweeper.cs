using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Picks up the deliveries nobody is handling: those whose callback answered before their handling began and whose
/// host then stopped, and those whose handling failed or whose host died (their lease ran out). So every message
/// WeChat was told "success" for is handled, on some host, in the end.
/// </summary>
public sealed class WeChatDeliverySweeper(IServiceScopeFactory scopes, WeChatDeliveryRunner runner, IOptions<WeChatOptions> options,
    ILogger<WeChatDeliverySweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Receives) return;
        using var ticks = new PeriodicTimer(options.Value.SweepInterval);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Looking for stranded WeChat messages failed; trying again in {Interval}.", options.Value.SweepInterval);
            }
        }
    }

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var deliveries = scope.ServiceProvider.GetRequiredService<WeChatDeliveries>();
        // Waiting a while first: a delivery a little older than its callback's answer is most likely queued on its own host.
        var stranded = await deliveries.StrandedAsync(options.Value.SweepInterval, ct);
        foreach (var key in stranded)
            if (await deliveries.ReadAsync(key, ct) is { } message)
                await runner.HandleAsync(message, null, ct);
        return stranded.Count;
    }
}
