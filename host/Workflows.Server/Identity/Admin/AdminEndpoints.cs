using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Tokens;

namespace Workflows.Server.Identity.Admin;

/// <summary>Everything under <c>/api/admin</c>: admins only.</summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapUserAdminEndpoints();
        admin.MapTeamAdminEndpoints();
        admin.MapRoleEndpoints();
        admin.MapApiTokenEndpoints();
        admin.MapAuditEndpoints();
        app.MapTeamList();
    }
}
