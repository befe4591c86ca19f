namespace Workflows.Engine.Interpreting;

/// <summary>A control-flow marker on a node, owned by one scope instance. Ids are never reused.</summary>
public sealed record Token(long Id, long ScopeId, string NodeId, TokenStatus Status, DateTimeOffset Since, string? ArrivedVia = null);
