namespace Workflows.Engine.Parsing;

public sealed record BpmnParserOptions
{
    public static readonly BpmnParserOptions Default = new();

    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    public int MaxBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxElements { get; init; } = 50_000;
}
