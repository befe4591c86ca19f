namespace Workflows.Server.Definitions;

/// <summary>One published, immutable version of a BPMN definition. The XML is stored exactly as published.</summary>
public sealed class DefinitionEntity
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string Xml { get; set; }
    public required string Checksum { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}
