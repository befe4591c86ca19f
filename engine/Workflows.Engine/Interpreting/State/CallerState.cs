namespace Workflows.Engine.Interpreting;

/// <summary>The call activity that started this instance: the parent instance, its call id and its node.</summary>
public sealed record CallerState(Guid InstanceId, long CallId, string NodeId);
