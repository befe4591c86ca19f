using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>Shared immutable JSON values, so hot paths do not allocate documents for constants.</summary>
public static class JsonValues
{
    public static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    public static readonly JsonElement False = JsonSerializer.SerializeToElement(false);
    public static readonly JsonElement Null = JsonSerializer.SerializeToElement<object?>(null);

    public static JsonElement Bool(bool value) => value ? True : False;
    public static JsonElement String(string? value) => value is null ? Null : JsonSerializer.SerializeToElement(value);
    public static JsonElement Number(double value) => JsonSerializer.SerializeToElement(value);
    public static JsonElement From<T>(T value) => JsonSerializer.SerializeToElement(value);
}
