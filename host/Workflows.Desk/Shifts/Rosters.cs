using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Shifts;

/// <summary>
/// Who is on shift. A team with a roster routes only to the members rostered now; a team that never had a roster
/// has no shifts, and every online member takes work.
/// </summary>
public static class Rosters
{
    /// <summary>The members of <paramref name="teamKey"/> on shift at <paramref name="now"/>, or null when the team keeps no roster.</summary>
    public static async Task<HashSet<string>?> OnShiftAsync(DeskDbContext desk, string teamKey, DateTimeOffset now, CancellationToken ct)
    {
        var entries = desk.RosterEntries.AsNoTracking().Where(r => r.TeamKey == teamKey);
        if (!await entries.AnyAsync(ct)) return null;
        return (await entries.Where(r => r.StartsAt <= now && r.EndsAt > now).Select(r => r.UserName).ToListAsync(ct)).ToHashSet();
    }
}
