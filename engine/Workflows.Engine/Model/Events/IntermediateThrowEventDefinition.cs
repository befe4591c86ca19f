using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// A none intermediate throw event (pass-through), a message throw (emits a message), a link throw (continues at the
/// catch event of the same name in the same scope) or an escalation throw (tells the enclosing scopes, then goes on).
/// </summary>
public sealed record IntermediateThrowEventDefinition : FlowNodeDefinition
{
    public CompiledText? MessageName { get; init; }

    /// <summary>For a signal throw: the signal broadcast to every instance waiting for it.</summary>
    public CompiledText? SignalName { get; init; }

    public string? LinkName { get; init; }

    /// <summary>For a link throw: the catch event it continues at, found when the definition is assembled.</summary>
    public string? LinkTargetId { get; init; }

    public string? EscalationCode { get; init; }
    public string? EscalationName { get; init; }

    /// <summary>For a compensation throw: what it compensates (see <see cref="CompensateDefinition"/>).</summary>
    public CompensateDefinition? Compensate { get; init; }
}
