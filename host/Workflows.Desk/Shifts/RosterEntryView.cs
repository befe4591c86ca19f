namespace Workflows.Desk.Shifts;

/// <summary>One rostered shift as the API shows it.</summary>
public sealed record RosterEntryView(Guid Id, string UserName, DateOnly Date, Guid ShiftId, string Shift, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
