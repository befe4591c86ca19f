using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Scim;

/// <summary>The SCIM User resource: a user here as RFC 7643 §4.1 writes it, and back. Passwords go in, never out.</summary>
public static class ScimUsers
{
    public static readonly ScimFilterTranslator<UserEntity> Filter = new(new Dictionary<string, ScimAttribute<UserEntity>>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ScimAttribute<UserEntity>.Identifier(u => u.Id),
        ["userName"] = ScimAttribute<UserEntity>.Text(u => u.NormalizedUserName, lowered: true),
        ["displayName"] = ScimAttribute<UserEntity>.Text(u => u.DisplayName),
        ["name.formatted"] = ScimAttribute<UserEntity>.Text(u => u.DisplayName),
        ["emails"] = ScimAttribute<UserEntity>.Text(u => u.Email),
        ["emails.value"] = ScimAttribute<UserEntity>.Text(u => u.Email),
        ["emails.type"] = ScimAttribute<UserEntity>.Text(u => "work"),
        ["externalId"] = ScimAttribute<UserEntity>.Text(u => u.ExternalId),
        ["active"] = ScimAttribute<UserEntity>.Boolean(u => u.Active),
    });

    public static JsonObject Resource(UserView user, string location)
    {
        var resource = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.User), ["id"] = user.Id.ToString(), ["userName"] = user.UserName,
            ["name"] = new JsonObject { ["formatted"] = user.DisplayName }, ["displayName"] = user.DisplayName, ["active"] = user.Active,
            ["roles"] = new JsonArray(user.Roles.Select(r => (JsonNode)new JsonObject { ["value"] = r }).ToArray()),
            ["meta"] = new JsonObject
            {
                ["resourceType"] = "User", ["created"] = user.CreatedAt.ToString("O"), ["lastModified"] = user.UpdatedAt.ToString("O"), ["location"] = location,
            },
        };
        if (user.ExternalId is not null) resource["externalId"] = user.ExternalId;
        if (user.Email is not null) resource["emails"] = new JsonArray(new JsonObject { ["value"] = user.Email, ["type"] = "work", ["primary"] = true });
        return resource;
    }

    /// <summary>A POST or PUT body as a user: every attribute the resource has, absent ones empty (PUT replaces).</summary>
    public static UserInput Input(JsonElement body) => new(
        UserName: body.String("userName"),
        DisplayName: body.String("displayName") ?? NameOf(body) ?? body.String("userName"),
        Email: EmailOf(body) ?? "",
        Roles: body.TryGet("roles", out var roles) ? Values(roles) : null,
        Active: body.TryGet("active", out var active) ? ScimRequest.Flag(active) ?? true : true,
        Password: body.String("password"),
        ExternalId: body.String("externalId") ?? "");

    public static string? NameOf(JsonElement body)
    {
        if (!body.TryGet("name", out var name) || name.ValueKind != JsonValueKind.Object) return null;
        if (name.String("formatted") is { Length: > 0 } formatted) return formatted;
        var parts = new[] { name.String("givenName"), name.String("familyName") }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length > 0 ? string.Join(' ', parts) : null;
    }

    /// <summary>The primary e-mail, else the first.</summary>
    public static string? EmailOf(JsonElement body) => body.TryGet("emails", out var emails) ? FirstValue(emails) : null;

    public static string? FirstValue(JsonElement values)
    {
        if (values.ValueKind == JsonValueKind.String) return values.GetString();
        if (values.ValueKind != JsonValueKind.Array) return null;
        var items = values.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var chosen = items.FirstOrDefault(e => e.TryGet("primary", out var p) && ScimRequest.Flag(p) == true);
        return (chosen.ValueKind == JsonValueKind.Object ? chosen : items.FirstOrDefault()) is { ValueKind: JsonValueKind.Object } item ? item.String("value") : null;
    }

    /// <summary>The "value"s of a multi-valued attribute ([{"value": "agent"}]), or plain strings.</summary>
    public static string[] Values(JsonElement values) => values.ValueKind == JsonValueKind.Array
        ? values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.String("value")).OfType<string>().ToArray()
        : [];
}
