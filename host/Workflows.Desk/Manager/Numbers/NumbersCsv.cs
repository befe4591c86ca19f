using System.Globalization;
using System.Text;

namespace Workflows.Desk.Manager.Numbers;

/// <summary>The same figures as the numbers page, as CSV (section, key, count, value) for a spreadsheet.</summary>
public static class NumbersCsv
{
    public static string Write(SupportNumbers n)
    {
        var csv = new StringBuilder("section,key,count,value\n");
        void Row(string section, string key, int? count, double? value) => csv.Append(Field(section)).Append(',').Append(Field(key)).Append(',')
            .Append(count?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(value?.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');

        Row("range", $"{n.From:yyyy-MM-dd}..{n.To:yyyy-MM-dd} {n.TimeZone}", n.Cases, null);
        Row("first-response-seconds", "mean", n.FirstResponse.Measured, n.FirstResponse.MeanSeconds);
        Row("first-response-seconds", "p90", n.FirstResponse.Measured, n.FirstResponse.P90Seconds);
        Row("resolution-seconds", "mean", n.Resolution.Measured, n.Resolution.MeanSeconds);
        Row("resolution-seconds", "p90", n.Resolution.Measured, n.Resolution.P90Seconds);
        Row("rate", "first-contact-resolution", n.Resolved, n.FirstContactResolutionRate);
        Row("rate", "first-response-sla-attainment", null, n.FirstResponseAttainment);
        Row("rate", "resolution-sla-attainment", null, n.ResolutionAttainment);
        Row("csat", "average", n.CsatScores.Sum(s => s.Count), n.CsatAverage);
        Row("bot", "containment", n.Bot.Contained, n.Bot.ContainmentRate);
        Row("bot", "hand-off", n.Bot.HandedOff, n.Bot.HandOffRate);
        Row("bot", "reopen-after-bot", n.Bot.ReopenedAfterBot, n.Bot.ReopenAfterBotRate);
        foreach (var t in n.ByChannel) Row("channel", t.Key, t.Count, null);
        foreach (var t in n.ByCategory) Row("category", t.Key, t.Count, null);
        foreach (var t in n.ByDay) Row("day", t.Key, t.Count, null);
        foreach (var t in n.CsatScores) Row("csat-score", t.Key, t.Count, null);
        foreach (var d in n.CsatByDay) Row("csat-day", d.Day, d.Answers, d.Average);
        foreach (var a in n.Alerts) Row("alert", a.Message, a.Cases.Count, null);
        return csv.ToString();
    }

    /// <summary>Quoted when it must be, and never read as a formula by a spreadsheet.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
