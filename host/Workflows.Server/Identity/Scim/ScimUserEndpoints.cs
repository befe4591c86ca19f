using Workflows.Server.Database;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Scim;

/// <summary><c>/scim/v2/Users</c>: create, read, search with a filter, replace, patch and delete users (RFC 7644 §3).</summary>
public static class ScimUserEndpoints
{
    public static void MapScimUsers(this RouteGroupBuilder scim)
    {
        scim.MapPost("/Users", async (HttpRequest request, UserAdministration users) =>
        {
            var (body, error) = await ScimRequest.ReadAsync(request);
            if (error is not null) return error;
            var input = ScimUsers.Input(body);
            return Answer(await users.CreateAsync(input, request.HttpContext.RequestAborted), request, StatusCodes.Status201Created);
        });
        scim.MapGet("/Users/{id:guid}", async (Guid id, HttpRequest request, UserDirectory users) =>
            await users.FindAsync(id, request.HttpContext.RequestAborted) is { } user
                ? ScimResults.Json(ScimUsers.Resource(user, Location(request, user.Id)))
                : ScimResults.NotFound("User", id));
        scim.MapGet("/Users", SearchAsync);
        scim.MapPut("/Users/{id:guid}", async (Guid id, HttpRequest request, UserAdministration users) =>
        {
            var (body, error) = await ScimRequest.ReadAsync(request);
            if (error is not null) return error;
            var input = ScimUsers.Input(body);
            if (string.IsNullOrWhiteSpace(input.UserName))
                return ScimResults.Error(StatusCodes.Status400BadRequest, "A replacement user has a userName.", "invalidValue");
            return Answer(await users.UpdateAsync(id, input, request.HttpContext.RequestAborted), request);
        });
        scim.MapPatch("/Users/{id:guid}", async (Guid id, HttpRequest request, UserDirectory directory, UserAdministration users) =>
        {
            var (body, error) = await ScimRequest.ReadAsync(request);
            if (error is not null) return error;
            var (operations, invalid) = ScimPatchOperation.Read(body);
            if (invalid is not null) return invalid;
            if (await directory.FindAsync(id, request.HttpContext.RequestAborted) is not { } current) return ScimResults.NotFound("User", id);
            try
            {
                return Answer(await users.UpdateAsync(id, ScimUserPatch.Apply(operations, current), request.HttpContext.RequestAborted), request);
            }
            catch (ScimPatchException e)
            {
                return ScimResults.Error(StatusCodes.Status400BadRequest, e.Message, e.ScimType);
            }
        });
        scim.MapDelete("/Users/{id:guid}", async (Guid id, UserAdministration users, CancellationToken ct) =>
            await users.DeleteAsync(id, ct) ? Results.NoContent() : ScimResults.NotFound("User", id));
    }

    private static Task<IResult> SearchAsync(HttpRequest request, ServerDbContext db, UserDirectory directory, string? filter, int? startIndex, int? count) =>
        ScimSearch.RunAsync(db.Users, filter, ScimUsers.Filter, u => u.CreatedAt, u => u.Id, directory.Views, u => ScimUsers.Resource(u, Location(request, u.Id)),
            startIndex, count, request.HttpContext.RequestAborted);

    private static IResult Answer(AdminOutcome<UserView> outcome, HttpRequest request, int status = StatusCodes.Status200OK) =>
        ScimResults.Outcome(outcome, "User", u => ScimUsers.Resource(u, Location(request, u.Id)), u => Location(request, u.Id), status);

    public static string Location(HttpRequest request, Guid id) => $"{request.Scheme}://{request.Host}{request.PathBase}/scim/v2/Users/{id}";
}
