using System.Text.Json;

namespace Workflows.Engine.Activities;

/// <summary>One input or output: JSON name, JSON type (string, number, boolean, array, object), meaning, choices.</summary>
public sealed record ActivityPropertyDescriptor(string Name, string Type, string? Description, bool Required, JsonElement? Default, IReadOnlyList<string> Choices);
