using Microsoft.Extensions.Options;
using Npgsql;
using Workflows.Server.Database.Signals;

namespace Workflows.Desk.Routing;

/// <summary>
/// Runs routing rounds on this host: at once when a routing signal arrives, else every <see cref="RoutingOptions.Interval"/>;
/// lapsed and recalled offers are looked for at most once per interval.
/// </summary>
public sealed class RoutingWorker(IServiceScopeFactory scopes, DatabaseSignals signals, IOptions<RoutingOptions> options, ILogger<RoutingWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Again = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var wake = new SemaphoreSlim(0, 1);
        using var subscription = signals.Subscribe(RoutingSignal.Channel, _ =>
        {
            // Many signals while a round runs make one more round, not many.
            if (wake.CurrentCount == 0) try { wake.Release(); } catch (SemaphoreFullException) { }
        });
        var maintained = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var again = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var maintain = DateTimeOffset.UtcNow - maintained >= options.Value.Interval;
                again = await scope.ServiceProvider.GetRequiredService<Router>().RunAsync(maintain, stoppingToken);
                if (maintain) maintained = DateTimeOffset.UtcNow;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
            {
                // The database restarting, a deadlock victim, a dropped connection: the next round starts over.
                logger.LogWarning(e, "A routing round failed; the next one starts over.");
            }
            try
            {
                // More work was left, or another host held an agent: go again shortly (its offer commits meanwhile).
                await wake.WaitAsync(again ? Again : options.Value.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
