using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// What a multi-instance body keeps beside its counters: how many inner instances there are, the loopCounter of the
/// next one a sequential body starts, and the collection as read at entry (it is read once), where each inner
/// instance finds its element.
/// </summary>
public sealed record MultiInstanceBodyState(int Count, int Next,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Items = null);
