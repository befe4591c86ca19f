using System.Text.Json.Nodes;

namespace Workflows.Engine.Activities;

/// <summary>
/// Camunda 7 element templates generated from activity descriptors, so bpmn-js and Camunda Modeler show
/// each custom activity as a named service task with its inputs, outputs and error codes.
/// </summary>
public static class ElementTemplates
{
    public const string Schema = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    public static JsonArray Generate(IEnumerable<ActivityDescriptor> activities) =>
        new(activities.OrderBy(a => a.Category).ThenBy(a => a.DisplayName).Select(Template).ToArray<JsonNode?>());

    private static JsonObject Template(ActivityDescriptor activity)
    {
        var properties = new JsonArray
        {
            Hidden("camunda:type", "external"),
            Hidden("camunda:topic", activity.Topic),
        };
        foreach (var input in activity.Inputs) properties.Add(Input(input));
        foreach (var output in activity.Outputs)
            properties.Add(new JsonObject
            {
                ["label"] = $"Output: {output.Name}",
                ["description"] = output.Description ?? $"Process variable that receives '{output.Name}'.",
                ["type"] = "String",
                ["value"] = output.Name,
                ["binding"] = new JsonObject { ["type"] = "camunda:outputParameter", ["source"] = "${" + output.Name + "}" },
            });
        var errors = activity.ErrorCodes.Count == 0 ? "" : " Errors: " + string.Join("; ", activity.ErrorCodes.Select(e => $"{e.Code} ({e.Description})"));
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["name"] = activity.DisplayName,
            ["id"] = "workflows." + activity.Topic,
            ["version"] = 1,
            ["description"] = (activity.Description ?? activity.DisplayName) + errors,
            ["category"] = new JsonObject { ["id"] = activity.Category.ToLowerInvariant(), ["name"] = activity.Category },
            ["appliesTo"] = new JsonArray("bpmn:ServiceTask", "bpmn:SendTask"),
            ["properties"] = properties,
        };
    }

    private static JsonObject Hidden(string property, string value) => new()
    {
        ["type"] = "Hidden",
        ["value"] = value,
        ["binding"] = new JsonObject { ["type"] = "property", ["name"] = property },
    };

    private static JsonObject Input(ActivityPropertyDescriptor input)
    {
        var template = new JsonObject
        {
            ["label"] = input.Name,
            ["description"] = input.Description,
            ["type"] = input.Choices.Count > 0 ? "Dropdown" : input.Type == "boolean" ? "Boolean" : "String",
            ["binding"] = new JsonObject { ["type"] = "camunda:inputParameter", ["name"] = input.Name },
        };
        if (input.Default is { } value) template["value"] = value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (input.Choices.Count > 0)
            template["choices"] = new JsonArray(input.Choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c }).ToArray());
        if (input.Required) template["constraints"] = new JsonObject { ["notEmpty"] = true };
        return template;
    }
}
