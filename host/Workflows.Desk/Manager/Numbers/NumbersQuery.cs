using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Desk.Alerts;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Manager.Numbers;

/// <summary>Computes <see cref="SupportNumbers"/> in the database: one pass over the range's cases for the figures, one for the tallies.</summary>
public sealed record NumbersQuery(DateOnly From, DateOnly To, string TimeZone)
{
    public async Task<SupportNumbers> RunAsync(DeskDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        DateTimeOffset Start(DateOnly day) => new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        var (from, to) = (Start(From), Start(To.AddDays(1)));
        object[] Parameters() => [new NpgsqlParameter("from", from), new NpgsqlParameter("to", to), new NpgsqlParameter("now", now), new NpgsqlParameter("tz", TimeZone)];

        var f = (await db.Database.SqlQueryRaw<Figures>($"""
            SELECT count(*)::int AS "Cases",
                   (count(*) FILTER (WHERE first_responded_at IS NOT NULL))::int AS "Responded",
                   avg(extract(epoch FROM first_responded_at - created_at))::float8 AS "FirstResponseMean",
                   (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_responded_at - created_at)))::float8 AS "FirstResponseP90",
                   (count(*) FILTER (WHERE resolved_at IS NOT NULL))::int AS "Resolved",
                   avg(extract(epoch FROM resolved_at - created_at))::float8 AS "ResolutionMean",
                   (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)))::float8 AS "ResolutionP90",
                   (count(*) FILTER (WHERE first_contact_resolution))::int AS "FirstContact",
                   (count(*) FILTER (WHERE first_responded_at <= first_response_due_at))::int AS "FirstResponseMet",
                   (count(*) FILTER (WHERE first_responded_at IS NOT NULL OR first_response_due_at < @now))::int AS "FirstResponseDue",
                   (count(*) FILTER (WHERE resolution_breached = false))::int AS "ResolutionMet",
                   (count(*) FILTER (WHERE resolution_breached IS NOT NULL
                                        OR (resolved_at IS NULL AND closed_at IS NULL AND resolution_due_at < @now)))::int AS "ResolutionDue"
            FROM {DeskTables.Cases} WHERE created_at >= @from AND created_at < @to
            """, Parameters()).ToListAsync(ct)).Single();

        var tallies = await db.Database.SqlQueryRaw<Tally>($"""
            SELECT 'channel' AS "Dimension", channel AS "Key", count(*)::int AS "Count", NULL::float8 AS "Value"
              FROM {DeskTables.Cases} WHERE created_at >= @from AND created_at < @to GROUP BY channel
            UNION ALL
            SELECT 'category', category, count(*)::int, NULL FROM {DeskTables.Cases} WHERE created_at >= @from AND created_at < @to GROUP BY category
            UNION ALL
            SELECT 'day', to_char(created_at AT TIME ZONE @tz, 'YYYY-MM-DD'), count(*)::int, NULL
              FROM {DeskTables.Cases} WHERE created_at >= @from AND created_at < @to GROUP BY 2
            UNION ALL
            SELECT 'csat', score::text, count(*)::int, NULL FROM {DeskTables.Surveys}
             WHERE answered_at >= @from AND answered_at < @to AND score IS NOT NULL GROUP BY score
            UNION ALL
            SELECT 'csat-day', to_char(answered_at AT TIME ZONE @tz, 'YYYY-MM-DD'), count(*)::int, avg(score)::float8 FROM {DeskTables.Surveys}
             WHERE answered_at >= @from AND answered_at < @to AND score IS NOT NULL GROUP BY 2
            """, Parameters()).ToListAsync(ct);
        List<SupportNumbers.Tally> Of(string dimension, bool byCount = true)
        {
            var rows = tallies.Where(t => t.Dimension == dimension).Select(t => new SupportNumbers.Tally(t.Key, t.Count));
            return (byCount ? rows.OrderByDescending(t => t.Count).ThenBy(t => t.Key) : rows.OrderBy(t => t.Key, StringComparer.Ordinal)).ToList();
        }
        var scores = Of("csat", byCount: false);
        var answers = scores.Sum(s => s.Count);

        var alerts = await AlertEndpoints.WithCasesAsync(db, db.Alerts.AsNoTracking().Where(a => a.CreatedAt >= from && a.CreatedAt < to), ct);
        return new SupportNumbers(From, To, TimeZone, f.Cases,
            new(f.Responded, Round(f.FirstResponseMean), Round(f.FirstResponseP90)), new(f.Resolved, Round(f.ResolutionMean), Round(f.ResolutionP90)),
            f.Resolved, Rate(f.FirstContact, f.Resolved), Rate(f.FirstResponseMet, f.FirstResponseDue), Rate(f.ResolutionMet, f.ResolutionDue),
            Of("channel"), Of("category"), Of("day", byCount: false), scores,
            tallies.Where(t => t.Dimension == "csat-day").OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new SupportNumbers.DayScore(t.Key, t.Count, Math.Round(t.Value ?? 0, 2))).ToList(),
            answers == 0 ? null : Math.Round(scores.Sum(s => int.Parse(s.Key) * s.Count) / (double)answers, 2),
            alerts, await BotNumbersQuery.RunAsync(db, from, to, ct));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part / (double)whole, 4);
    private static double? Round(double? seconds) => seconds is { } s ? Math.Round(s, 1) : null;

    private sealed record Figures(int Cases, int Responded, double? FirstResponseMean, double? FirstResponseP90, int Resolved, double? ResolutionMean,
        double? ResolutionP90, int FirstContact, int FirstResponseMet, int FirstResponseDue, int ResolutionMet, int ResolutionDue);
    private sealed record Tally(string Dimension, string Key, int Count, double? Value);
}
