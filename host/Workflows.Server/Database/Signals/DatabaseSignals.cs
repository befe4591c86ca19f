using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Workflows.Server.Database.Signals;

/// <summary>
/// PostgreSQL notifications on named channels, heard by every host: a module sends one in the transaction of its
/// change (it arrives when that commits, never for a rollback) and handlers on every host run when it arrives. The
/// channels are declared when services are registered, because one connection LISTENs to all of them at start.
/// </summary>
public sealed class DatabaseSignals(IEnumerable<DatabaseSignalChannel> channels)
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<string>>> _handlers = new();

    public IReadOnlyList<string> Channels { get; } = channels.Select(c => c.Name).Distinct().ToList();

    private volatile bool _listening;

    /// <summary>Whether the listener is connected now; while it is not, signals are missed and handlers must poll.</summary>
    public bool Listening
    {
        get => _listening;
        internal set
        {
            _listening = value;
            ListeningChanged?.Invoke(value);
        }
    }

    /// <summary>Raised when the listener connects (true) or loses its connection (false): whatever was missed meanwhile is unknown.</summary>
    public event Action<bool>? ListeningChanged;

    /// <summary>Runs <paramref name="handler"/> with each payload on <paramref name="channel"/> until the result is disposed.</summary>
    public IDisposable Subscribe(string channel, Action<string> handler)
    {
        if (!Channels.Contains(channel)) throw new InvalidOperationException($"Declare the signal channel '{channel}' with AddDatabaseSignal first.");
        _handlers.AddOrUpdate(channel, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _handlers.AddOrUpdate(channel, _ => [], (_, list) => list.Remove(handler)));
    }

    /// <summary>Queues the notification on the scope's batch: it goes with the next flush and arrives at commit.</summary>
    public static void Send(SqlBatch batch, string channel, string payload = "") => batch.Add("SELECT pg_notify($1, $2)", channel, payload);

    internal void Dispatch(string channel, string payload)
    {
        foreach (var handler in _handlers.GetValueOrDefault(channel, [])) handler(payload);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
