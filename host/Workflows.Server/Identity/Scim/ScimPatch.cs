using System.Text.Json;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// One operation of a PATCH request (RFC 7644 §3.5.2): op (add, remove, replace; any case, as Entra ID writes
/// "Replace"), an optional path, and a value. An operation without a path carries an object of attributes, each
/// applied as if it had been the path.
/// </summary>
public sealed record ScimPatchOperation(string Op, string? Path, JsonElement Value)
{
    /// <summary>The operations of a PatchOp body, or the error to answer with.</summary>
    public static (List<ScimPatchOperation> Operations, IResult? Error) Read(JsonElement body)
    {
        if (!body.TryGet("Operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            return ([], ScimResults.Error(StatusCodes.Status400BadRequest, "A PATCH body has an \"Operations\" array.", "invalidSyntax"));
        var list = new List<ScimPatchOperation>();
        foreach (var operation in operations.EnumerateArray())
        {
            var op = operation.ValueKind == JsonValueKind.Object ? operation.String("op")?.ToLowerInvariant() : null;
            if (op is not ("add" or "remove" or "replace"))
                return ([], ScimResults.Error(StatusCodes.Status400BadRequest, "Each operation's \"op\" is add, remove or replace.", "invalidSyntax"));
            var value = operation.TryGet("value", out var v) ? v.Clone() : default;
            var path = operation.String("path");
            if (path is null && op != "remove" && value.ValueKind != JsonValueKind.Object)
                return ([], ScimResults.Error(StatusCodes.Status400BadRequest, $"An {op} without a path carries an object of attributes.", "invalidValue"));
            if (path is null && op == "remove")
                return ([], ScimResults.Error(StatusCodes.Status400BadRequest, "A remove names its path.", "noTarget"));
            list.Add(new ScimPatchOperation(op, path, value));
        }
        return (list, null);
    }

    /// <summary>This operation as (op, path, value) steps: a path-less one becomes one step per attribute of its value.</summary>
    public IEnumerable<(string Op, string Path, JsonElement Value)> Steps() => Path is not null
        ? [(Op, Path, Value)]
        : Value.EnumerateObject().Select(p => (Op, p.Name, p.Value));
}
