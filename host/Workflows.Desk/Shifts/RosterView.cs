namespace Workflows.Desk.Shifts;

/// <summary>A team's roster for some days.</summary>
public sealed record RosterView(DateOnly From, DateOnly To, List<RosterEntryView> Entries);
