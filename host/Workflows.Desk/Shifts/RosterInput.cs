namespace Workflows.Desk.Shifts;

/// <summary>
/// The body of <c>PUT /api/teams/{key}/roster</c>: the team's whole roster from <see cref="From"/> to <see cref="To"/>
/// (local dates, both included); entries the team had in those days and are not here are removed.
/// </summary>
public sealed record RosterInput(string? From, string? To, List<RosterInput.Entry>? Entries)
{
    public sealed record Entry(string? UserName, string? Date, Guid? ShiftId);
}
