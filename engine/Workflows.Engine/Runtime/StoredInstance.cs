using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime;

/// <summary>An instance as a step finds it: its definition version and its state at the last wait.</summary>
public sealed record StoredInstance(Guid Id, ProcessDefinition Definition, InstanceState State);
