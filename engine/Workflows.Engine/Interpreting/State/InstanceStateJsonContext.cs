using System.Text.Json.Serialization;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// The state's JSON, generated at build time: the host reads and writes an instance's state on every step, and a
/// multi-instance body's thousand tokens and tasks made reflection-based (de)serialization the step's largest cost.
/// Absent means null, so a token does not spell out its empty fields.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InstanceState))]
internal sealed partial class InstanceStateJsonContext : JsonSerializerContext;
