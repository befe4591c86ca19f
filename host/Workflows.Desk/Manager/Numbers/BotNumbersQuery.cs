using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Desk.Bot;
using Workflows.Desk.Database;

namespace Workflows.Desk.Manager.Numbers;

/// <summary>Computes <see cref="BotNumbers"/> in one pass over the range's bot conversations.</summary>
public static class BotNumbersQuery
{
    public const int ReopenWindowDays = 7;

    private static readonly string Sql = $"""
        SELECT count(*)::int AS "Conversations",
               (count(*) FILTER (WHERE b.status = '{BotConversationStatuses.Contained}'))::int AS "Contained",
               (count(*) FILTER (WHERE b.status = '{BotConversationStatuses.HandedOff}'))::int AS "HandedOff",
               (count(*) FILTER (WHERE b.status = '{BotConversationStatuses.Expired}'))::int AS "Unanswered",
               (count(*) FILTER (WHERE b.status = '{BotConversationStatuses.Contained}' AND (
                    EXISTS (SELECT 1 FROM {DeskTables.Cases} c
                             WHERE c.customer_id = b.customer_id AND c.created_at > b.ended_at AND c.created_at <= b.ended_at + interval '{ReopenWindowDays} days')
                 OR EXISTS (SELECT 1 FROM {DeskTables.BotConversations} n
                             WHERE n.customer_id = b.customer_id AND n.started_at > b.ended_at AND n.started_at <= b.ended_at + interval '{ReopenWindowDays} days'))))::int
                 AS "Reopened"
        FROM {DeskTables.BotConversations} b WHERE b.started_at >= @from AND b.started_at < @to
        """;

    public static async Task<BotNumbers> RunAsync(DeskDbContext db, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var f = (await db.Database.SqlQueryRaw<Figures>(Sql, new NpgsqlParameter("from", from), new NpgsqlParameter("to", to)).ToListAsync(ct)).Single();
        var ended = f.Contained + f.HandedOff + f.Unanswered;
        return new BotNumbers(f.Conversations, f.Contained, f.HandedOff, f.Unanswered, f.Reopened,
            Rate(f.Contained, ended), Rate(f.HandedOff, ended), Rate(f.Reopened, f.Contained));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part / (double)whole, 4);

    private sealed record Figures(int Conversations, int Contained, int HandedOff, int Unanswered, int Reopened);
}
