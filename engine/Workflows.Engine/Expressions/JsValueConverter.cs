using System.Buffers;
using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Workflows.Engine.Expressions;

/// <summary>Converts between instance variables (JSON) and JavaScript values.</summary>
internal static class JsValueConverter
{
    public static JsValue ToJs(Jint.Engine engine, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new JsString(value.GetString()!),
        JsonValueKind.Number => new JsNumber(value.GetDouble()),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Array => new JsArray(engine, value.EnumerateArray().Select(item => ToJs(engine, item)).ToArray()),
        JsonValueKind.Object => ToJsObject(engine, value),
        _ => JsValue.Null,
    };

    private static JsObject ToJsObject(Jint.Engine engine, JsonElement value)
    {
        var result = new JsObject(engine);
        foreach (var property in value.EnumerateObject()) result.Set(property.Name, ToJs(engine, property.Value));
        return result;
    }

    public static JsonElement ToJson(JsValue value)
    {
        if (value.IsBoolean()) return JsonValues.Bool(value.AsBoolean());
        if (value.IsNull() || value.IsUndefined()) return JsonValues.Null;
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, value, 0);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsValue value, int depth)
    {
        if (depth > 64) throw new ExpressionException("a value nests deeper than 64 levels.");
        if (value.IsNull() || value.IsUndefined() || value is Jint.Native.Function.Function) writer.WriteNullValue();
        else if (value.IsBoolean()) writer.WriteBooleanValue(value.AsBoolean());
        else if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (double.IsFinite(number)) writer.WriteNumberValue(number); else writer.WriteNullValue();
        }
        else if (value.IsString()) writer.WriteStringValue(value.AsString());
        else if (value.IsDate()) writer.WriteStringValue(value.AsDate().ToDateTime().ToString("O"));
        else if (value.IsArray())
        {
            var array = value.AsArray();
            writer.WriteStartArray();
            for (uint i = 0; i < array.Length; i++) Write(writer, array[i], depth + 1);
            writer.WriteEndArray();
        }
        else if (value is ObjectInstance obj)
        {
            writer.WriteStartObject();
            foreach (var (key, descriptor) in obj.GetOwnProperties())
            {
                if (!descriptor.Enumerable || key.IsSymbol()) continue;
                writer.WritePropertyName(key.ToString());
                Write(writer, obj.Get(key), depth + 1);
            }
            writer.WriteEndObject();
        }
        else writer.WriteStringValue(value.ToString());
    }

    public static string Describe(JsValue value) =>
        value.IsUndefined() ? "undefined (is a variable missing?)" : value.IsNull() ? "null" : $"{value.Type.ToString().ToLowerInvariant()} {value}";
}
