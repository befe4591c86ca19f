using System.Text.Json.Nodes;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// What a directory reads first (RFC 7644 §4): the service provider's configuration (PATCH and filters yes, bulk,
/// sort and ETags no, bearer tokens), the User and Group resource types, and their schemas.
/// </summary>
public static class ScimDiscoveryEndpoints
{
    public const int MaxResults = 200;

    public static void MapScimDiscovery(this RouteGroupBuilder scim)
    {
        scim.MapGet("/ServiceProviderConfig", (HttpRequest request) => ScimResults.Json(new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.ServiceProviderConfig),
            ["documentationUri"] = $"{Base(request)}/",
            ["patch"] = new JsonObject { ["supported"] = true },
            ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
            ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = MaxResults },
            ["changePassword"] = new JsonObject { ["supported"] = true },
            ["sort"] = new JsonObject { ["supported"] = false },
            ["etag"] = new JsonObject { ["supported"] = false },
            ["authenticationSchemes"] = new JsonArray(new JsonObject
            {
                ["type"] = "oauthbearertoken", ["name"] = "API token",
                ["description"] = "An API token with the scope \"scim\", made by an administrator, sent as Authorization: Bearer.", ["primary"] = true,
            }),
            ["meta"] = new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = $"{Base(request)}/ServiceProviderConfig" },
        }));
        scim.MapGet("/ResourceTypes", (HttpRequest request) =>
            ScimResults.Json(ScimResults.List([ResourceType(request, "User"), ResourceType(request, "Group")], 2, 1)));
        scim.MapGet("/ResourceTypes/{name}", (string name, HttpRequest request) => name is "User" or "Group"
            ? ScimResults.Json(ResourceType(request, name))
            : ScimResults.Error(StatusCodes.Status404NotFound, $"There is no resource type '{name}'."));
        scim.MapGet("/Schemas", (HttpRequest request) =>
            ScimResults.Json(ScimResults.List([ScimSchemaDefinitions.User(Base(request)), ScimSchemaDefinitions.Group(Base(request))], 2, 1)));
        scim.MapGet("/Schemas/{id}", (string id, HttpRequest request) => id switch
        {
            ScimSchemas.User => ScimResults.Json(ScimSchemaDefinitions.User(Base(request))),
            ScimSchemas.Group => ScimResults.Json(ScimSchemaDefinitions.Group(Base(request))),
            _ => ScimResults.Error(StatusCodes.Status404NotFound, $"There is no schema '{id}'."),
        });
    }

    private static JsonObject ResourceType(HttpRequest request, string name) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ResourceType), ["id"] = name, ["name"] = name, ["endpoint"] = $"/{name}s",
        ["description"] = name == "User" ? "A person who signs in" : "A team; its displayName is the team's name, and a filter also finds it by key",
        ["schema"] = name == "User" ? ScimSchemas.User : ScimSchemas.Group, ["schemaExtensions"] = new JsonArray(),
        ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = $"{Base(request)}/ResourceTypes/{name}" },
    };

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/scim/v2";
}
