using Workflows.Desk.Database;

namespace Workflows.Desk.Shifts;

/// <summary>
/// Who is on shift. A team with a roster routes only to the members rostered now; a team that never had a roster
/// has no shifts, and every online member takes work.
/// </summary>
public static class Rosters
{
    /// <summary>
    /// The rule as a SQL condition, for the statements that pick, lock and recall agents: true when the user named by
    /// <paramref name="user"/> is on shift in the team named by <paramref name="team"/> at <paramref name="at"/> (each a
    /// column or a parameter placeholder of the calling statement).
    /// </summary>
    public static string OnShiftSql(string team, string user, string at) => $"""
        (NOT EXISTS (SELECT 1 FROM {DeskTables.RosterEntries} WHERE team_key = {team})
         OR EXISTS (SELECT 1 FROM {DeskTables.RosterEntries} r WHERE r.team_key = {team} AND r.user_name = {user} AND r.starts_at <= {at} AND r.ends_at > {at}))
        """;
}
