namespace Workflows.Engine.Interpreting;

/// <summary>
/// An open wait for a message (or, with <paramref name="Signal"/>, for a signal, which reaches every waiting instance);
/// <see cref="NodeId"/> is the catch event, boundary event or receive task.
/// </summary>
public sealed record MessageSubscriptionState(long Id, long TokenId, string NodeId, string MessageName, bool Signal = false);
