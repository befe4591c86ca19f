namespace Workflows.Engine.Interpreting;

/// <summary>The process or one running embedded subprocess. <see cref="ParentTokenId"/> is the token waiting at the subprocess node.</summary>
public sealed record ScopeInstance(long Id, long? ParentTokenId, string? SubProcessId);
