using System.Collections.Concurrent;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Signed-in users as last read, so a request costs no query to check its session. Trusted only while
/// <see cref="SessionChangeListener"/> is listening: every change that touches sessions notifies every host in its
/// transaction (<see cref="SessionChanges"/>), and the listener evicts. Without a listener, nothing is cached.
/// </summary>
public sealed class SessionCache
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<Guid, SessionUser> _users = new();
    private long _generation;
    private volatile bool _listening;

    /// <summary>Take before reading the database, and hand to <see cref="Set"/>: a read that raced an eviction is not cached.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(Guid id, out SessionUser? user)
    {
        user = null;
        return _listening && _users.TryGetValue(id, out user);
    }

    public void Set(SessionUser user, long generation)
    {
        if (!_listening || Generation != generation) return;
        if (_users.Count >= Capacity) _users.Clear();
        _users[user.Id] = user;
    }

    /// <summary>A user id, or "*" for everyone (a team changed).</summary>
    public void Evict(string? who)
    {
        Interlocked.Increment(ref _generation);
        if (Guid.TryParse(who, out var id)) _users.TryRemove(id, out _);
        else _users.Clear();
    }

    public void SetListening(bool listening)
    {
        _listening = listening;
        Evict("*");
    }
}
