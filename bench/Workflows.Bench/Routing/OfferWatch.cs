using System.Threading.Channels;
using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;

namespace Workflows.Bench.Routing;

/// <summary>
/// The floor's eyes on the database, every 50 ms: each new offer (handed to the agents and kept for the report), and
/// what every agent holds per channel against their team's capacity, counting each sample that exceeds it.
/// </summary>
internal sealed class OfferWatch(string connectionString, IReadOnlyDictionary<string, FloorTeam> teamOf)
{
    private readonly HashSet<(Guid, string, DateTimeOffset)> _known = [];

    public List<SeenOffer> Offers { get; } = [];
    public Channel<SeenOffer> New { get; } = Channel.CreateUnbounded<SeenOffer>();
    public int Samples { get; private set; }
    public List<string> OverCapacity { get; } = [];
    public double HighestShare { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stop);
        while (!stop.IsCancellationRequested)
        {
            await ReadOffersAsync(connection);
            await SampleLoadAsync(connection);
            try { await Task.Delay(50, stop); } catch (OperationCanceledException) { break; }
        }
        await ReadOffersAsync(connection);
        New.Writer.Complete();
    }

    private async Task ReadOffersAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT o.task_id, o.user_name, o.team_key, o.offered_at, t.created_at, t.case_priority = 'urgent', coalesce(t.case_channel = 'chat', false),
                   pg_xact_commit_timestamp(o.xmin),
                   (SELECT pg_xact_commit_timestamp(j.xmin) FROM {ServerTables.Journal} j WHERE j.instance_id = t.instance_id ORDER BY j.id LIMIT 1)
            FROM {DeskTables.RoutingOffers} o JOIN {DeskTables.InboxTasks} t ON t.task_id = o.task_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var offer = new SeenOffer(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetFieldValue<DateTimeOffset>(4), !reader.IsDBNull(5) && reader.GetBoolean(5), reader.GetBoolean(6),
                reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(7));
            if (!_known.Add((offer.TaskId, offer.UserName, offer.OfferedAt))) continue;
            Offers.Add(offer);
            New.Writer.TryWrite(offer);
        }
    }

    private async Task SampleLoadAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT assignee, coalesce(case_channel = 'chat', false), count(*)::int FROM {DeskTables.InboxTasks} WHERE assignee IS NOT NULL GROUP BY 1, 2
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Samples++;
        while (await reader.ReadAsync())
        {
            var (agent, chat, held) = (reader.GetString(0), reader.GetBoolean(1), reader.GetInt32(2));
            if (!teamOf.TryGetValue(agent, out var team)) continue;
            var capacity = team.CapacityOf(chat);
            HighestShare = Math.Max(HighestShare, held / (double)capacity);
            if (held > capacity) OverCapacity.Add($"{agent} held {held} {(chat ? "chats" : "tickets")} (capacity {capacity})");
        }
    }
}
