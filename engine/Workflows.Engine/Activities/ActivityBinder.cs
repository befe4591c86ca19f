using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Activities;

/// <summary>Binds JSON inputs to an activity's input type, checking required inputs against its descriptor.</summary>
public static class ActivityBinder
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static TInput Bind<TInput>(Type activityType, IReadOnlyDictionary<string, JsonElement> inputs) where TInput : class
    {
        var descriptor = ActivityDescriptor.For(activityType);
        var values = new JsonObject();
        foreach (var input in descriptor.Inputs)
        {
            if (inputs.TryGetValue(input.Name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                values[input.Name] = JsonNode.Parse(value.GetRawText());
            else if (input.Default is { } fallback)
                values[input.Name] = JsonNode.Parse(fallback.GetRawText());
            else if (input.Required)
                throw new ActivityInputException($"Activity '{descriptor.Topic}' needs the input '{input.Name}' ({input.Description ?? input.Type}); map it on the task.");
        }
        try
        {
            return values.Deserialize<TInput>(Json) ?? throw new ActivityInputException($"Activity '{descriptor.Topic}' received no inputs.");
        }
        catch (JsonException e)
        {
            var name = e.Path?.TrimStart('$', '.') ?? "?";
            throw new ActivityInputException($"Activity '{descriptor.Topic}': the input '{name}' has the wrong type.", e);
        }
    }
}
