using System.Text.Json;

namespace Workflows.Server.Identity.Scim;

/// <summary>Reads a SCIM request body (application/scim+json or application/json) and the paging parameters.</summary>
public static class ScimRequest
{
    public static async Task<(JsonElement Body, IResult? Error)> ReadAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, ScimResults.Error(StatusCodes.Status400BadRequest, "The body is a JSON object.", "invalidSyntax"));
        }
        catch (JsonException e)
        {
            return (default, ScimResults.Error(StatusCodes.Status400BadRequest, $"The body is not JSON: {e.Message}", "invalidSyntax"));
        }
    }

    /// <summary>RFC 7644 §3.4.2.4: startIndex is 1-based (less than 1 means 1); count is capped, and negative means 0.</summary>
    public static (int StartIndex, int Count) Paging(int? startIndex, int? count) =>
        (Math.Max(1, startIndex ?? 1), Math.Clamp(count ?? 100, 0, ScimDiscoveryEndpoints.MaxResults));

    /// <summary>A property of a SCIM object, by name without regard to case (attribute names are case-insensitive).</summary>
    public static bool TryGet(this JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        value = default;
        return false;
    }

    public static string? String(this JsonElement element, string name) =>
        element.TryGet(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A boolean, also as the strings "True"/"False" some directories send.</summary>
    public static bool? Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
        _ => null,
    };
}
