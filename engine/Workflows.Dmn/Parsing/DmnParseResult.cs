using Workflows.Dmn.Model;

namespace Workflows.Dmn.Parsing;

/// <summary>Either a definition or every problem found; never a definition with problems.</summary>
public sealed record DmnParseResult(DmnDefinition? Definition, IReadOnlyList<DmnProblem> Problems)
{
    public bool Succeeded => Definition is not null;
}
