using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Server.Database;
using Workflows.Server.Identity.Teams;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// The SCIM Group resource is a team: id is the team's id, displayName its name. A filter on displayName matches a
/// team's key or its name, so a directory looking for "agent-l1" finds the shipped L1 team and manages its members.
/// </summary>
public static class ScimGroups
{
    public static ScimFilterTranslator<TeamEntity> Filter(ServerDbContext db) => new(new Dictionary<string, ScimAttribute<TeamEntity>>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ScimAttribute<TeamEntity>.Identifier(t => t.Id),
        ["displayName"] = Either(ScimAttribute<TeamEntity>.Text(t => t.Key), ScimAttribute<TeamEntity>.Text(t => t.Name)),
        ["externalId"] = ScimAttribute<TeamEntity>.Text(t => t.ExternalId),
        ["members"] = Member(db),
        ["members.value"] = Member(db),
    });

    public static JsonObject Resource(TeamView team, string location, Func<Guid, string> userLocation, bool withMembers = true)
    {
        var resource = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.Group), ["id"] = team.Id.ToString(), ["displayName"] = team.Name,
            ["meta"] = new JsonObject
            {
                ["resourceType"] = "Group", ["created"] = team.CreatedAt.ToString("O"), ["lastModified"] = team.UpdatedAt.ToString("O"), ["location"] = location,
            },
        };
        if (team.ExternalId is not null) resource["externalId"] = team.ExternalId;
        if (withMembers)
            resource["members"] = new JsonArray(team.Members.Select(m => (JsonNode)new JsonObject
            {
                ["value"] = m.UserId.ToString(), ["display"] = m.UserName, ["type"] = "User", ["$ref"] = userLocation(m.UserId),
            }).ToArray());
        return resource;
    }

    /// <summary>Members named by id in [{"value": "…"}]; an id that is not a user's id is reported as it is.</summary>
    public static (TeamMemberInput[] Members, string? Unknown) Members(JsonElement values)
    {
        var members = new List<TeamMemberInput>();
        foreach (var value in ScimUsers.Values(values))
        {
            if (!Guid.TryParse(value, out var id)) return ([], value);
            members.Add(new TeamMemberInput(id));
        }
        return (members.ToArray(), null);
    }

    /// <summary>A key for a team a directory made: its name in lower-case ASCII with dashes, else "team-" and random hex.</summary>
    public static string KeyFor(string displayName)
    {
        var key = new StringBuilder();
        foreach (var c in displayName.Trim().ToLowerInvariant())
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') key.Append(c);
            else if (key.Length > 0 && key[^1] != '-') key.Append('-');
        var text = key.ToString().Trim('-');
        return text.Length == 0 ? "team-" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8] : text[..Math.Min(text.Length, 40)].TrimEnd('-');
    }

    private static ScimAttribute<TeamEntity> Either(ScimAttribute<TeamEntity> first, ScimAttribute<TeamEntity> second) => new((op, value, row) =>
        op == "ne"
            ? Expression.Not(Expression.OrElse(first.Condition("eq", value, row), second.Condition("eq", value, row)))
            : Expression.OrElse(first.Condition(op, value, row), second.Condition(op, value, row)));

    private static ScimAttribute<TeamEntity> Member(ServerDbContext db) => new((op, value, row) =>
    {
        if (op is not ("eq" or "pr")) throw new ScimFilterException("Members are filtered with eq (a user's id) or pr.");
        Expression<Func<TeamEntity, bool>> condition;
        if (op == "pr") condition = t => db.TeamMembers.Any(m => m.TeamId == t.Id);
        else
        {
            var userId = value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var parsed) ? parsed : Guid.Empty;
            condition = t => db.TeamMembers.Any(m => m.TeamId == t.Id && m.UserId == userId);
        }
        return ScimAttribute<TeamEntity>.Rebind(condition, row);
    });
}
