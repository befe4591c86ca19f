using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime;

/// <summary>
/// An instance as a step finds it: its definition version and its state at the last wait. <paramref name="DefinitionId"/>
/// is the store's id of that version, for ports that look things up by it (a decision bound to the process's deployment).
/// </summary>
public sealed record StoredInstance(Guid Id, ProcessDefinition Definition, InstanceState State, Guid? DefinitionId = null);
