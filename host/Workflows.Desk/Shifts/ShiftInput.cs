namespace Workflows.Desk.Shifts;

/// <summary>The body that makes or changes a shift template.</summary>
public sealed record ShiftInput(string? Name, string? Starts, string? Ends, string? TimeZone);
