namespace Workflows.Engine.Interpreting;

/// <summary>One open subscription a message reaches: the host's key for the instance, the subscription and its node.</summary>
public sealed record CorrelationMatch<TKey>(TKey Instance, long SubscriptionId, string NodeId);
