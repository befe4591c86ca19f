namespace Workflows.Dmn.Parsing;

public sealed record DmnParserOptions
{
    public static readonly DmnParserOptions Default = new();

    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    public int MaxBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxElements { get; init; } = 100_000;
}
