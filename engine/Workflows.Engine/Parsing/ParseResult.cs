using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Either a definition or every problem found; never a definition with problems.</summary>
public sealed record ParseResult(ProcessDefinition? Definition, IReadOnlyList<ValidationProblem> Problems)
{
    public bool Succeeded => Definition is not null;
}
