namespace Workflows.Activities.Cases;

/// <summary>The customer record identity is checked against, and the language they are written to in.</summary>
public sealed record CustomerProfile(Guid Id, string Name, string Segment, string Language, string? IdNumberLast4, string? PhoneLast4);
