using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Workflows.Host;

/// <summary>
/// Schema names in the OpenAPI document, as ASP.NET names them (the type's name), with one rule added: two contract
/// types may not share a name. Left alone, the second would silently take the first one's schema, and the generated
/// client types would lie; this fails the document instead, naming both types.
/// </summary>
internal sealed class UniqueSchemaNames
{
    private readonly ConcurrentDictionary<string, Type> _owners = new();

    public string? For(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (name is null) return null;
        var named = Nullable.GetUnderlyingType(type.Type) ?? type.Type; // T? is T in the document
        var owner = _owners.GetOrAdd(name, named);
        return owner == named ? name
            : throw new InvalidOperationException($"Two API contract types are both named '{name}': {owner.FullName} and {named.FullName}. Rename one.");
    }
}
