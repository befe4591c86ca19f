using Workflows.Server.Database.Signals;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Hears <see cref="SessionChanges"/> through the database signals and evicts from the <see cref="SessionCache"/>.
/// The cache is on only while the signals are heard, so a lost connection costs a query per request, never a stale
/// session.
/// </summary>
public sealed class SessionChangeListener(DatabaseSignals signals, SessionCache cache) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        signals.ListeningChanged += cache.SetListening;
        _subscription = signals.Subscribe(SessionChanges.Channel, cache.Evict);
        if (signals.Listening) cache.SetListening(true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        signals.ListeningChanged -= cache.SetListening;
        _subscription?.Dispose();
        cache.SetListening(false);
        return Task.CompletedTask;
    }
}
