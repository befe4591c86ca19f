using System.Text.Json;

namespace Workflows.Engine.Activities;

/// <summary>What an activity run receives: its mapped inputs, the instance it serves, and cancellation.</summary>
public sealed record ActivityContext(
    Guid InstanceId,
    string NodeId,
    long JobId,
    string? BusinessKey,
    IReadOnlyDictionary<string, JsonElement> Inputs,
    int RetriesLeft,
    CancellationToken CancellationToken);
