namespace Workflows.Engine.Interpreting;

/// <summary>
/// A child instance a call activity's token waits for. The host chooses the child's instance id; the parent knows the
/// call by <see cref="Id"/> only, which the child's row and every notice about it carry.
/// </summary>
public sealed record CallState(long Id, long TokenId, string NodeId, string CalledKey);
