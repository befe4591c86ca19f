namespace Workflows.Server.Decisions;

/// <summary>
/// One published, immutable version of a DMN decision, numbered per key (the decision's id). <see cref="Xml"/> is the
/// whole .dmn file it came in, byte for byte, so required decisions and knowledge models travel with it.
/// </summary>
public sealed class DecisionEntity
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }

    /// <summary>decisionTable or literalExpression (or another boxed expression), for lists.</summary>
    public required string Kind { get; set; }
    public required string Xml { get; set; }

    /// <summary>A hash of what the file says (<see cref="Definitions.CanonicalContent"/>), so a re-indented file is no change.</summary>
    public required string Checksum { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}
