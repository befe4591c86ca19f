using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed record SequenceFlowDefinition(string Id, string SourceId, string TargetId, string? Name, CompiledScript? Condition);
