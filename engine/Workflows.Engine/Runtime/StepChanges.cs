using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime;

/// <summary>Everything one step changed: the new state and the effects of every interpreter pass, in order.</summary>
public sealed record StepChanges(Guid InstanceId, ProcessDefinition Definition, InstanceState State, InstanceEvent Cause,
    IReadOnlyList<InstanceEffect> Effects, DateTimeOffset Now, string? Actor);
