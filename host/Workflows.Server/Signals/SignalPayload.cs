using System.Text.Json;

namespace Workflows.Server.Signals;

/// <summary>A thrown signal waiting in the outbox: its name and the variables it carries to every receiver.</summary>
public sealed record SignalPayload(string Name, IReadOnlyDictionary<string, JsonElement>? Variables);
