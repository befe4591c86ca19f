using System.Globalization;
using Workflows.Server.Problems;

namespace Workflows.Desk.Shifts;

/// <summary>
/// What a roster may hold: days inside its range (at most 62 of them), members of the team, the team's own shifts,
/// and no agent on two shifts at once — in this roster or any other team's.
/// </summary>
public static class RosterRules
{
    public const int MaxDays = 62;

    public static (DateOnly From, DateOnly To, Mistake? Mistake) Range(string? from, string? to)
    {
        if (!TryDate(from, out var start)) return (default, default, Mistake.Of("roster.date.invalid", "from", "from is a date as yyyy-MM-dd.", ("value", from)));
        if (!TryDate(to, out var end)) return (default, default, Mistake.Of("roster.date.invalid", "to", "to is a date as yyyy-MM-dd.", ("value", to)));
        if (end < start || end.DayNumber - start.DayNumber >= MaxDays)
            return (default, default, Mistake.Of("roster.range.invalid", "to", $"to is on or after from, at most {MaxDays} days on.", ("from", from), ("to", to), ("max", MaxDays)));
        return (start, end, null);
    }

    /// <summary>The entries to store, or the first mistake; <paramref name="elsewhere"/> are the same people's shifts outside this roster.</summary>
    public static (List<RosterEntryEntity>? Entries, Mistake? Mistake) Check(RosterInput input, string teamKey, DateOnly from, DateOnly to,
        IReadOnlySet<string> members, IReadOnlyDictionary<Guid, ShiftTemplateEntity> shifts, IReadOnlyList<RosterEntryEntity> elsewhere)
    {
        var entries = new List<RosterEntryEntity>();
        foreach (var (entry, i) in (input.Entries ?? []).Select((e, i) => (e, i)))
        {
            var at = $"entries[{i}]";
            if (entry.UserName is not { } userName || !members.Contains(userName))
                return (null, Mistake.Of("roster.user.not-member", $"{at}.userName", $"{entry.UserName} is not a member of team {teamKey}.", ("value", entry.UserName), ("team", teamKey)));
            if (!TryDate(entry.Date, out var date) || date < from || date > to)
                return (null, Mistake.Of("roster.date.invalid", $"{at}.date", $"date is a day as yyyy-MM-dd from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.", ("value", entry.Date)));
            if (entry.ShiftId is not { } shiftId || !shifts.TryGetValue(shiftId, out var shift))
                return (null, Mistake.Of("roster.shift.unknown", $"{at}.shiftId", $"shiftId names one of team {teamKey}'s shifts.", ("value", entry.ShiftId)));
            var (starts, ends) = ShiftTimes.Instants(date, shift.Starts, shift.Ends, TimeZoneInfo.FindSystemTimeZoneById(shift.TimeZone));
            var made = new RosterEntryEntity { Id = Guid.NewGuid(), TeamKey = teamKey, UserName = userName, Date = date, ShiftId = shiftId, StartsAt = starts, EndsAt = ends };
            if (entries.Concat(elsewhere).FirstOrDefault(e => e.UserName == userName && e.StartsAt < ends && starts < e.EndsAt) is { } clash)
                return (null, Mistake.Of("roster.overlap", at, $"{userName} already works {clash.TeamKey} from {clash.StartsAt:u} to {clash.EndsAt:u}, which overlaps.",
                    ("userName", userName), ("team", clash.TeamKey), ("date", clash.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            entries.Add(made);
        }
        return (entries, null);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
