using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Server.Identity.Scim;

/// <summary>SCIM answers: <c>application/scim+json</c> bodies, errors in the SCIM error schema (RFC 7644 §3.12).</summary>
public static class ScimResults
{
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK, string? location = null) => new ScimResult(body, status, location);

    /// <summary>An error: <paramref name="scimType"/> is RFC 7644's keyword (uniqueness, invalidFilter, invalidValue, invalidSyntax, noTarget, mutability…).</summary>
    public static IResult Error(int status, string detail, string? scimType = null)
    {
        var body = new JsonObject { ["schemas"] = new JsonArray(ScimSchemas.Error), ["status"] = status.ToString(), ["detail"] = detail };
        if (scimType is not null) body["scimType"] = scimType;
        return new ScimResult(body, status, null);
    }

    /// <summary>How a change came out, as SCIM answers it: the resource (201 with its Location when made), or the error.</summary>
    public static IResult Outcome<T>(Users.AdminOutcome<T> outcome, string what, Func<T, JsonNode> resource, Func<T, string> location,
        int status = StatusCodes.Status200OK) => outcome.Failure switch
    {
        Users.AdminFailure.None => Json(resource(outcome.Value!), status, status == StatusCodes.Status201Created ? location(outcome.Value!) : null),
        Users.AdminFailure.NotFound => Error(StatusCodes.Status404NotFound, $"{what} not found."),
        Users.AdminFailure.Conflict => Error(StatusCodes.Status409Conflict, outcome.Mistake!.Message, "uniqueness"),
        _ => Error(StatusCodes.Status400BadRequest, $"{outcome.Mistake!.Field}: {outcome.Mistake.Message}", "invalidValue"),
    };

    public static IResult NotFound(string what, Guid id) => Error(StatusCodes.Status404NotFound, $"{what} {id} not found.");

    public static JsonObject List(IEnumerable<JsonNode> resources, int total, int startIndex)
    {
        var items = new JsonArray(resources.ToArray());
        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.ListResponse), ["totalResults"] = total, ["startIndex"] = startIndex, ["itemsPerPage"] = items.Count,
            ["Resources"] = items,
        };
    }

    private sealed class ScimResult(JsonNode body, int status, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = ScimSchemas.MediaType;
            if (location is not null) http.Response.Headers.Location = location;
            if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
            // Names stay readable (李娜, not \u674E\u5A1C): the body is JSON, never embedded in a page.
            await using var writer = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            body.WriteTo(writer);
        }
    }
}
