namespace Workflows.Engine.Expressions;

/// <summary>Bounds on one evaluation, so a diagram cannot hang or exhaust the host.</summary>
public sealed record JavaScriptLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(100);
    public int MaxStatements { get; init; } = 50_000;
    public int MaxRecursionDepth { get; init; } = 64;
    public long MaxMemoryBytes { get; init; } = 16 * 1024 * 1024;
}
