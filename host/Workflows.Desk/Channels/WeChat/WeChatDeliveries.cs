using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The table of messages not handled yet (<see cref="WeChatDeliveryEntity"/>), one statement per move: a delivery is
/// written (a retry of one still waiting writes nothing), claimed with a lease (only one host gets it), and removed.
/// </summary>
public sealed class WeChatDeliveries(DeskDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly string AddSql =
        $"INSERT INTO {DeskTables.WeChatDeliveries} (dedupe_key, fields, received_at) VALUES ({{0}}, {{1}}::jsonb, {{2}}) ON CONFLICT (dedupe_key) DO NOTHING";
    private static readonly string ClaimSql =
        $"UPDATE {DeskTables.WeChatDeliveries} SET lease_until = {{1}} WHERE dedupe_key = {{0}} AND (lease_until IS NULL OR lease_until < {{2}})";
    private static readonly string RemoveSql = $"DELETE FROM {DeskTables.WeChatDeliveries} WHERE dedupe_key = {{0}}";
    private static readonly string StrandedSql = $$"""
        SELECT dedupe_key AS "Value" FROM {{DeskTables.WeChatDeliveries}}
        WHERE (lease_until IS NULL AND received_at < {0}) OR lease_until < {1}
        ORDER BY received_at LIMIT 50
        """;

    public Task AddAsync(WeChatInboundMessage message, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(AddSql, [message.DedupeKey, JsonSerializer.Serialize(message.Fields), clock.GetUtcNow()], ct);

    /// <summary>Takes the delivery for this host for a while; false when it is gone (handled) or another host holds it.</summary>
    public async Task<bool> ClaimAsync(string dedupeKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Database.ExecuteSqlRawAsync(ClaimSql, [dedupeKey, now + Lease, now], ct) == 1;
    }

    public Task RemoveAsync(string dedupeKey, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(RemoveSql, [dedupeKey], ct);

    /// <summary>Deliveries nobody is handling: never claimed though older than <paramref name="waiting"/>, or whose lease ran out.</summary>
    public async Task<IReadOnlyList<string>> StrandedAsync(TimeSpan waiting, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Database.SqlQueryRaw<string>(StrandedSql, now - waiting, now).ToListAsync(ct);
    }

    /// <summary>The message of a delivery, read again from its fields; null when it has been handled meanwhile.</summary>
    public async Task<WeChatInboundMessage?> ReadAsync(string dedupeKey, CancellationToken ct)
    {
        var row = await db.WeChatDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.DedupeKey == dedupeKey, ct);
        if (row is null) return null;
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Fields) ?? [];
        return WeChatInboundMessage.From(fields).Message;
    }
}
