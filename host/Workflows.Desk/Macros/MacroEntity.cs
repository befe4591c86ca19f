namespace Workflows.Desk.Macros;

/// <summary>A canned reply (宏) in one language: a name agents pick it by and the text, placeholders filled per case.</summary>
public sealed class MacroEntity
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Language { get; set; }
    public required string Body { get; set; }
    public string? Category { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
