using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.Users;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Admin;

/// <summary><c>/api/admin/users</c>: list and search, create, change (including deactivate), reset a password.</summary>
public static class UserAdminEndpoints
{
    public sealed record UserPage(List<UserView> Users, int Total);
    public sealed record ResetPasswordRequest(string? Password);

    public static void MapUserAdminEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users", async (UserDirectory users, string? q, bool? active, string? team, int? skip, int? take, CancellationToken ct) =>
        {
            if (take is < 1 or > 500) return Problem.Field("take", "take is 1 to 500.");
            if (skip is < 0) return Problem.Field("skip", "skip is 0 or more.");
            var (page, total) = await users.SearchAsync(q, active, team, skip ?? 0, take ?? 100, ct);
            return Results.Ok(new UserPage(page, total));
        }).Produces<UserPage>();
        admin.MapGet("/users/{id:guid}", async (Guid id, UserDirectory users, CancellationToken ct) =>
            await users.FindAsync(id, ct) is { } user ? Results.Ok(user) : Problem.NotFound(NotFoundKind.User, id)).Produces<UserView>();
        admin.MapPost("/users", async (UserInput input, UserAdministration users, CancellationToken ct) =>
            (await users.CreateAsync(input, ct)).ToResult(NotFoundKind.User, "", u => Results.Created($"/api/admin/users/{u.Id}", u)))
            .Produces<UserView>(StatusCodes.Status201Created);
        admin.MapPatch("/users/{id:guid}", async (Guid id, UserInput input, UserAdministration users, CancellationToken ct) =>
            (await users.UpdateAsync(id, input with { Password = null }, ct)).ToResult(NotFoundKind.User, id, Results.Ok)).Produces<UserView>();
        admin.MapPost("/users/{id:guid}/password", async (Guid id, ResetPasswordRequest request, UserDirectory directory, UserAdministration users,
            PasswordRules rules, CancellationToken ct) =>
        {
            if (await directory.FindAsync(id, ct) is not { } user) return Problem.NotFound(NotFoundKind.User, id);
            if (rules.Check(request.Password, user.UserName) is { } broken) return Problem.Field(broken);
            await users.SetPasswordAsync(id, request.Password!, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
    }
}
