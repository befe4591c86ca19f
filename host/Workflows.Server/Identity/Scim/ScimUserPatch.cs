using System.Text.Json;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// A PATCH on a User as the changes to make: active, userName, displayName (and name.formatted), e-mail (emails,
/// emails.value, emails[type eq "work"].value), externalId, roles and password. The given and family names are
/// accepted and not kept: people here have one display name.
/// </summary>
public static class ScimUserPatch
{
    public static UserInput Apply(IEnumerable<ScimPatchOperation> operations, UserView current)
    {
        var input = new UserInput();
        var roles = current.Roles.ToList();
        foreach (var (op, path, value) in operations.SelectMany(o => o.Steps()))
        {
            var attribute = path.StartsWith("emails", StringComparison.OrdinalIgnoreCase) ? "emails" : path.ToLowerInvariant();
            var removing = op == "remove";
            input = attribute switch
            {
                "active" => input with { Active = removing ? throw Mutability(path) : ScimRequest.Flag(value) ?? throw Invalid(path, "true or false") },
                "username" => input with { UserName = removing ? throw Mutability(path) : Text(value, path) },
                "displayname" or "name.formatted" => input with { DisplayName = removing ? throw Mutability(path) : Text(value, path) },
                "name" => input with { DisplayName = value.ValueKind == JsonValueKind.Object ? ScimUsers.NameOf(value) ?? input.DisplayName : input.DisplayName },
                "name.givenname" or "name.familyname" => input,
                "emails" => input with { Email = removing ? "" : ScimUsers.FirstValue(value) ?? throw Invalid(path, "an e-mail address") },
                "externalid" => input with { ExternalId = removing ? "" : Text(value, path) },
                "password" => input with { Password = removing ? throw Mutability(path) : Text(value, path) },
                "roles" => input with { Roles = Roles(op, value, roles) },
                _ => throw new ScimPatchException("invalidPath", $"'{path}' is not an attribute of a user that can be changed."),
            };
        }
        return input;
    }

    private static string[] Roles(string op, JsonElement value, List<string> roles)
    {
        var given = ScimUsers.Values(value);
        if (op == "replace") roles.Clear();
        if (op == "remove")
        {
            if (given.Length == 0) roles.Clear();
            else roles.RemoveAll(given.Contains);
        }
        else roles.AddRange(given.Except(roles));
        return roles.ToArray();
    }

    private static string Text(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(path, "a string");

    private static ScimPatchException Invalid(string path, string what) => new("invalidValue", $"'{path}' takes {what}.");

    private static ScimPatchException Mutability(string path) => new("mutability", $"'{path}' cannot be removed; replace it instead.");
}
