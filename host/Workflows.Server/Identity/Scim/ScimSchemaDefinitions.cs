using System.Text.Json.Nodes;

namespace Workflows.Server.Identity.Scim;

/// <summary>The User and Group schemas as this service supports them (RFC 7643 §7): the attributes it keeps, and how.</summary>
public static class ScimSchemaDefinitions
{
    public static JsonObject User(string baseUrl) => Schema(baseUrl, ScimSchemas.User, "User", "User Account",
        Attribute("userName", required: true, uniqueness: "server"),
        Attribute("name", type: "complex", subAttributes: [Attribute("formatted"), Attribute("givenName"), Attribute("familyName")]),
        Attribute("displayName"),
        Attribute("active", type: "boolean"),
        Attribute("password", mutability: "writeOnly", returned: "never"),
        Attribute("emails", type: "complex", multiValued: true, subAttributes: [Attribute("value"), Attribute("type"), Attribute("primary", type: "boolean")]),
        Attribute("roles", type: "complex", multiValued: true, subAttributes: [Attribute("value")]),
        Attribute("externalId", caseExact: true));

    public static JsonObject Group(string baseUrl) => Schema(baseUrl, ScimSchemas.Group, "Group", "Group (a team)",
        Attribute("displayName", required: true, uniqueness: "server"),
        Attribute("members", type: "complex", multiValued: true, subAttributes:
            [Attribute("value", mutability: "immutable"), Attribute("display", mutability: "readOnly"), Attribute("type", mutability: "immutable"),
             Attribute("$ref", type: "reference", mutability: "immutable")]),
        Attribute("externalId", caseExact: true));

    private static JsonObject Schema(string baseUrl, string id, string name, string description, params JsonObject[] attributes) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.Schema), ["id"] = id, ["name"] = name, ["description"] = description,
        ["attributes"] = new JsonArray(attributes.Cast<JsonNode>().ToArray()),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = $"{baseUrl}/Schemas/{id}" },
    };

    private static JsonObject Attribute(string name, string type = "string", bool multiValued = false, bool required = false, bool caseExact = false,
        string mutability = "readWrite", string returned = "default", string uniqueness = "none", JsonObject[]? subAttributes = null)
    {
        var attribute = new JsonObject
        {
            ["name"] = name, ["type"] = type, ["multiValued"] = multiValued, ["required"] = required, ["caseExact"] = caseExact,
            ["mutability"] = mutability, ["returned"] = returned, ["uniqueness"] = uniqueness,
        };
        if (subAttributes is not null) attribute["subAttributes"] = new JsonArray(subAttributes.Cast<JsonNode>().ToArray());
        return attribute;
    }
}
