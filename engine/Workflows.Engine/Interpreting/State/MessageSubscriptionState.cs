namespace Workflows.Engine.Interpreting;

/// <summary>An open wait for a message; <see cref="NodeId"/> is the catch event, boundary event or receive task.</summary>
public sealed record MessageSubscriptionState(long Id, long TokenId, string NodeId, string MessageName);
