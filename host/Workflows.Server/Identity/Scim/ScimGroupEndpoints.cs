using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Teams;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Scim;

/// <summary><c>/scim/v2/Groups</c>: teams as SCIM groups. Creating one makes a team; its members get the team's tasks.</summary>
public static class ScimGroupEndpoints
{
    public static void MapScimGroups(this RouteGroupBuilder scim)
    {
        scim.MapPost("/Groups", CreateAsync);
        scim.MapGet("/Groups/{id:guid}", async (Guid id, HttpRequest request, TeamDirectory teams, string? excludedAttributes) =>
            await teams.FindAsync(id, request.HttpContext.RequestAborted) is { } team
                ? ScimResults.Json(Resource(team, request, excludedAttributes))
                : ScimResults.NotFound("Group", id));
        scim.MapGet("/Groups", SearchAsync);
        scim.MapPut("/Groups/{id:guid}", async (Guid id, HttpRequest request, TeamAdministration teams) =>
        {
            var (body, error) = await ScimRequest.ReadAsync(request);
            if (error is not null) return error;
            var (members, unknown) = ScimGroups.Members(body.TryGet("members", out var m) ? m : default);
            if (unknown is not null) return UnknownMember(unknown);
            return Answer(await teams.UpdateAsync(id, new TeamInput(Name: body.String("displayName"), ExternalId: body.String("externalId") ?? "", Members: members),
                request.HttpContext.RequestAborted), request);
        });
        scim.MapPatch("/Groups/{id:guid}", PatchAsync);
        scim.MapDelete("/Groups/{id:guid}", async (Guid id, TeamAdministration teams, CancellationToken ct) =>
            await teams.DeleteAsync(id, ct) ? Results.NoContent() : ScimResults.NotFound("Group", id));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ServerDbContext db, TeamAdministration teams)
    {
        var ct = request.HttpContext.RequestAborted;
        var (body, error) = await ScimRequest.ReadAsync(request);
        if (error is not null) return error;
        if (body.String("displayName") is not { Length: > 0 } name)
            return ScimResults.Error(StatusCodes.Status400BadRequest, "A group has a displayName.", "invalidValue");
        var lowered = name.ToLowerInvariant();
        if (await db.Teams.AnyAsync(t => t.Key == lowered || t.Name.ToLower() == lowered, ct))
            return ScimResults.Error(StatusCodes.Status409Conflict, $"There is already a group '{name}'; find it with filter=displayName eq \"{name}\".", "uniqueness");
        var (members, unknown) = ScimGroups.Members(body.TryGet("members", out var m) ? m : default);
        if (unknown is not null) return UnknownMember(unknown);
        var key = ScimGroups.KeyFor(name);
        if (await db.Teams.AnyAsync(t => t.Key == key, ct)) key = $"{key[..Math.Min(key.Length, 40)]}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..6]}";
        return Answer(await teams.CreateAsync(new TeamInput(key, name, ExternalId: body.String("externalId"), Members: members), ct), request,
            StatusCodes.Status201Created);
    }

    private static Task<IResult> SearchAsync(HttpRequest request, ServerDbContext db, TeamDirectory directory, string? filter, int? startIndex, int? count,
        string? excludedAttributes) =>
        ScimSearch.RunAsync(db.Teams, filter, ScimGroups.Filter(db), t => t.CreatedAt, t => t.Id, directory.Views, t => Resource(t, request, excludedAttributes),
            startIndex, count, request.HttpContext.RequestAborted);

    private static async Task<IResult> PatchAsync(Guid id, HttpRequest request, TeamDirectory directory, TeamAdministration teams)
    {
        var (body, error) = await ScimRequest.ReadAsync(request);
        if (error is not null) return error;
        var (operations, invalid) = ScimPatchOperation.Read(body);
        if (invalid is not null) return invalid;
        if (await directory.FindAsync(id, request.HttpContext.RequestAborted) is not { } current) return ScimResults.NotFound("Group", id);
        try
        {
            return Answer(await teams.UpdateAsync(id, ScimGroupPatch.Apply(operations, current), request.HttpContext.RequestAborted), request);
        }
        catch (ScimPatchException e)
        {
            return ScimResults.Error(StatusCodes.Status400BadRequest, e.Message, e.ScimType);
        }
    }

    private static System.Text.Json.Nodes.JsonObject Resource(TeamView team, HttpRequest request, string? excludedAttributes = null) =>
        ScimGroups.Resource(team, Location(request, team.Id), user => ScimUserEndpoints.Location(request, user),
            withMembers: excludedAttributes?.Split(',').Any(a => a.Trim().Equals("members", StringComparison.OrdinalIgnoreCase)) != true);

    private static IResult Answer(AdminOutcome<TeamView> outcome, HttpRequest request, int status = StatusCodes.Status200OK) =>
        ScimResults.Outcome(outcome, "Group", t => Resource(t, request), t => Location(request, t.Id), status);

    private static IResult UnknownMember(string value) => ScimResults.Error(StatusCodes.Status400BadRequest, $"'{value}' is not the id of a user.", "invalidValue");

    private static string Location(HttpRequest request, Guid id) => $"{request.Scheme}://{request.Host}{request.PathBase}/scim/v2/Groups/{id}";
}
