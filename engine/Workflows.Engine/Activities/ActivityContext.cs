using System.Text.Json;

namespace Workflows.Engine.Activities;

/// <summary>
/// What an activity run receives: its mapped inputs, the instance it serves, the user whose command runs the
/// step (null for background jobs), and cancellation.
/// </summary>
public sealed record ActivityContext(
    Guid InstanceId,
    string NodeId,
    long JobId,
    string? BusinessKey,
    IReadOnlyDictionary<string, JsonElement> Inputs,
    int RetriesLeft,
    CancellationToken CancellationToken)
{
    public string? Actor { get; init; }
}
