namespace Workflows.Server.Identity.Admin;

/// <summary><c>/api/admin/roles</c>: the roles a user can be given.</summary>
public static class RoleEndpoints
{
    public static void MapRoleEndpoints(this RouteGroupBuilder admin) =>
        admin.MapGet("/roles", (IEnumerable<KnownRole> roles) => roles.DistinctBy(r => r.Key).ToList());
}
