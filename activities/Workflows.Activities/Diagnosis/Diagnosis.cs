namespace Workflows.Activities.Diagnosis;

/// <summary>What the rules concluded, and the words or code that led there (shown to the agent).</summary>
public sealed record Diagnosis(string Category, string? Cause, string Priority, IReadOnlyList<string> Evidence);
