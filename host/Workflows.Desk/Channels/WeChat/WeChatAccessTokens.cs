namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The account's access token, fetched once and shared by every send of this process until shortly before it
/// expires (WeChat allows 2,000 fetches a day, and a fetch makes the previous token expire soon). Concurrent sends
/// that find no good token wait for one fetch instead of making their own.
/// </summary>
public sealed class WeChatAccessTokens(WeChatApiClient api, TimeProvider clock, ILogger<WeChatAccessTokens> log)
{
    private sealed record Cached(string Value, DateTimeOffset RefreshAt);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Cached? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _current) is { } good && clock.GetUtcNow() < good.RefreshAt) return good.Value;
        await _fetching.WaitAsync(ct);
        try
        {
            // Another send may have fetched one while this one waited.
            if (Volatile.Read(ref _current) is { } fresh && clock.GetUtcNow() < fresh.RefreshAt) return fresh.Value;
            var token = await api.GetTokenAsync(ct);
            // Early, by five minutes (or a quarter of a short lifetime), so no send carries a token that expires on the way.
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, token.Lifetime.Ticks / 4));
            Volatile.Write(ref _current, new Cached(token.Value, clock.GetUtcNow() + token.Lifetime - margin));
            log.LogInformation("Fetched a WeChat access token, valid for {Lifetime}.", token.Lifetime);
            return token.Value;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>WeChat refused <paramref name="token"/>: forget it, unless a newer one has already replaced it.</summary>
    public void Reject(string token)
    {
        if (Volatile.Read(ref _current) is { } current && current.Value == token) Interlocked.CompareExchange(ref _current, null, current);
    }
}
