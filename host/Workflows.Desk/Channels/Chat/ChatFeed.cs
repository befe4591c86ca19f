using System.Threading.Channels;
using Workflows.Desk.Live;
using Workflows.Server.Database.Signals;
using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// This host's open chat streams and what every host tells them: a new entry (read it from the database) or typing.
/// Replies to a chat leave through the outbox; when the live feed says a watched case changed (an agent's reply, a step
/// of its flow), this host runs the outbox at once instead of waiting for its next poll, so a reply reaches the page in
/// milliseconds. When the listener reconnects, every stream reads the database again: a notification may have been missed.
/// </summary>
public sealed class ChatFeed : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<Watch> _watches = [];
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly DatabaseSignals _signals;
    private readonly OutboxDispatcher _outbox;
    private readonly ILogger<ChatFeed> _log;

    public ChatFeed(DatabaseSignals signals, OutboxDispatcher outbox, ILogger<ChatFeed> log)
    {
        (_signals, _outbox, _log) = (signals, outbox, log);
        signals.ListeningChanged += listening =>
        {
            if (listening) Tell(_ => true, ChatSignal.NewEntry);
        };
    }

    public int Streams
    {
        get { lock (_gate) return _watches.Count; }
    }

    /// <summary>Starts hearing of one chat (its case and flow instance, for replies; none yet while the bot answers) until the result is disposed.</summary>
    public Watch Follow(Guid chatId, Guid? caseId, Guid? instanceId)
    {
        var watch = new Watch(this, chatId, caseId, instanceId);
        lock (_gate) _watches.Add(watch);
        return watch;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var chat = _signals.Subscribe(ChatLog.Channel, payload =>
        {
            if (ChatSignal.Parse(payload) is { } signal) Tell(w => w.ChatId == signal.ChatId, signal.What);
        });
        using var live = _signals.Subscribe(LiveSignal.Channel, payload =>
        {
            var ids = LiveSignal.Parse(payload);
            bool watched;
            lock (_gate) watched = _watches.Any(w => (w.CaseId is { } c && ids.Contains(c)) || (w.InstanceId is { } i && ids.Contains(i)));
            if (watched) _nudges.Writer.TryWrite(true);
        });
        await foreach (var _ in _nudges.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                while (await _outbox.DispatchAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.LogWarning(e, "Sending chat replies at once failed; the outbox's own poll sends them.");
            }
        }
    }

    private void Tell(Func<Watch, bool> which, string what)
    {
        lock (_gate)
            foreach (var watch in _watches.Where(which)) watch.Signals.Writer.TryWrite(what);
    }

    /// <summary>One stream's ear: what was said about its chat since it last listened (the oldest dropped when it lags).</summary>
    public sealed class Watch(ChatFeed feed, Guid chatId, Guid? caseId, Guid? instanceId) : IDisposable
    {
        public Guid ChatId { get; } = chatId;
        public Guid? CaseId { get; private set; } = caseId;
        public Guid? InstanceId { get; private set; } = instanceId;

        /// <summary>The chat got its case (the bot handed it to a person): replies on that case concern this stream now.</summary>
        public void Attach(Guid caseId, Guid? instanceId)
        {
            lock (feed._gate) (CaseId, InstanceId) = (caseId, instanceId);
        }
        internal Channel<string> Signals { get; } = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });

        /// <summary>The next signal, or null when <paramref name="timeout"/> passes first.</summary>
        public async Task<string?> NextAsync(TimeSpan timeout, CancellationToken ct)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(timeout);
            try
            {
                return await Signals.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return null;
            }
        }

        public void Dispose()
        {
            lock (feed._gate) feed._watches.Remove(this);
        }
    }
}
