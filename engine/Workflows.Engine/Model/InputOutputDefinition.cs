namespace Workflows.Engine.Model;

/// <summary><c>camunda:inputOutput</c>: inputs are evaluated on entry, outputs on completion.</summary>
public sealed record InputOutputDefinition(IReadOnlyList<ParameterDefinition> Inputs, IReadOnlyList<ParameterDefinition> Outputs)
{
    public static readonly InputOutputDefinition Empty = new([], []);
}
