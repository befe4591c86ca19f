using System.Text.Json;
using Workflows.Server.Identity.Teams;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// A PATCH on a Group as the team it leaves: displayName and externalId replaced; members added, removed (all, the
/// listed ones, or those a filter path such as <c>members[value eq "…"]</c> selects) or replaced. Leads stay leads.
/// </summary>
public static class ScimGroupPatch
{
    public static TeamInput Apply(IEnumerable<ScimPatchOperation> operations, TeamView current)
    {
        var (name, externalId) = ((string?)null, (string?)null);
        var members = current.Members.ToDictionary(m => m.UserId, m => m.Lead);
        var membersChanged = false;
        foreach (var (op, path, value) in operations.SelectMany(o => o.Steps()))
        {
            if (path.Equals("displayName", StringComparison.OrdinalIgnoreCase))
                name = op != "remove" && value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ScimPatchException("invalidValue", "displayName takes a string.");
            else if (path.Equals("externalId", StringComparison.OrdinalIgnoreCase))
                externalId = op == "remove" ? "" : value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ScimPatchException("invalidValue", "externalId takes a string.");
            else if (path.StartsWith("members", StringComparison.OrdinalIgnoreCase))
            {
                membersChanged = true;
                ChangeMembers(op, path, value, members);
            }
            else throw new ScimPatchException("invalidPath", $"'{path}' is not an attribute of a group that can be changed.");
        }
        return new TeamInput(Name: name, ExternalId: externalId,
            Members: membersChanged ? members.Select(m => new TeamMemberInput(m.Key, null, m.Value)).ToArray() : null);
    }

    private static void ChangeMembers(string op, string path, JsonElement value, Dictionary<Guid, bool> members)
    {
        var selected = path.Length > "members".Length ? Selected(path) : null;
        var given = value.ValueKind == JsonValueKind.Undefined ? [] : Ids(value);
        switch (op)
        {
            case "remove" when selected is not null:
                foreach (var id in selected) members.Remove(id);
                break;
            case "remove" when given.Length > 0:
                foreach (var id in given) members.Remove(id);
                break;
            case "remove":
                members.Clear();
                break;
            case "replace":
                var leads = members.Where(m => m.Value).Select(m => m.Key).ToHashSet();
                members.Clear();
                foreach (var id in given) members[id] = leads.Contains(id);
                break;
            default:
                foreach (var id in given) members.TryAdd(id, false);
                break;
        }
    }

    /// <summary>The ids a path such as <c>members[value eq "…"]</c> (or several joined by "or") selects.</summary>
    private static Guid[] Selected(string path)
    {
        ScimFilter filter;
        try
        {
            filter = ScimFilterParser.Parse(path);
        }
        catch (ScimFilterException e)
        {
            throw new ScimPatchException("invalidPath", $"'{path}': {e.Message}");
        }
        return filter is ScimValuePath { Path: var attribute } valuePath && attribute.Equals("members", StringComparison.OrdinalIgnoreCase)
            ? Values(valuePath.Filter).ToArray()
            : throw new ScimPatchException("invalidPath", $"'{path}' selects no members; write members[value eq \"id\"].");
    }

    private static IEnumerable<Guid> Values(ScimFilter filter) => filter switch
    {
        ScimComparison { Operator: "eq" } c when c.Path.Equals("value", StringComparison.OrdinalIgnoreCase) && c.Value.ValueKind == JsonValueKind.String =>
            Guid.TryParse(c.Value.GetString(), out var id) ? [id] : [],
        ScimLogical { Operator: "or" } l => Values(l.Left).Concat(Values(l.Right)),
        _ => throw new ScimPatchException("invalidFilter", "A members filter path compares value with eq, joined by or."),
    };

    private static Guid[] Ids(JsonElement value)
    {
        var (members, unknown) = ScimGroups.Members(value.ValueKind == JsonValueKind.Array ? value : default);
        return unknown is null ? members.Select(m => m.UserId!.Value).ToArray()
            : throw new ScimPatchException("invalidValue", $"'{unknown}' is not the id of a user.");
    }
}
