namespace Workflows.Server.Definitions;

/// <summary>A designer's work in progress on one process: saved on the server, never run, replaced by each save.</summary>
public sealed class DraftEntity
{
    public required string Key { get; set; }
    public required string Xml { get; set; }

    /// <summary>The draft's forms as one JSON object, form key to form-js schema; null when it has none.</summary>
    public string? Forms { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedBy { get; set; }
}
