using System.Threading.Channels;
using Workflows.Server.Database.Signals;

namespace Workflows.Desk.Live;

/// <summary>
/// This host's fan-out of the live feed: notifications from every host are gathered for a quarter of a second and
/// sent to each connected browser as one message. A browser that reads too slowly loses old messages, not the
/// connection; when the database listener reconnects, everyone is told to reload (what happened meanwhile is unknown).
/// </summary>
public sealed class LiveFeed : BackgroundService
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(250);
    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _pending = [];
    private readonly List<Channel<LiveChanges>> _clients = [];
    private readonly DatabaseSignals _signals;
    private bool _resync;

    public LiveFeed(DatabaseSignals signals)
    {
        _signals = signals;
        signals.ListeningChanged += listening =>
        {
            if (listening) lock (_gate) _resync = true;
        };
    }

    public int Clients
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>A browser's feed, until <paramref name="disconnected"/>; the first message is sent at once so the connection is known to work.</summary>
    public async IAsyncEnumerable<LiveChanges> FollowAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken disconnected)
    {
        var feed = Channel.CreateBounded<LiveChanges>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _clients.Add(feed);
        try
        {
            yield return new LiveChanges([]);
            await foreach (var changes in feed.Reader.ReadAllAsync(disconnected)) yield return changes;
        }
        finally
        {
            lock (_gate) _clients.Remove(feed);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = _signals.Subscribe(LiveSignal.Channel, payload =>
        {
            lock (_gate) _pending.UnionWith(LiveSignal.Parse(payload));
        });
        using var ticks = new PeriodicTimer(Gather);
        while (await ticks.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            LiveChanges changes;
            List<Channel<LiveChanges>> clients;
            lock (_gate)
            {
                if (_pending.Count == 0 && !_resync) continue;
                changes = new LiveChanges([.. _pending], _resync);
                (_resync, clients) = (false, [.. _clients]);
                _pending.Clear();
            }
            foreach (var client in clients) client.Writer.TryWrite(changes);
        }
    }
}
