using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Sso;

/// <summary>
/// Turns the person the provider vouches for into a user here: found by the provider's subject, else by user name,
/// else made (when allowed); display name and e-mail, and roles and teams when the provider sends them, follow the
/// provider on every sign-in. A deactivated user is refused whatever the provider says.
/// </summary>
public sealed class CompanySignIn(ServerDbContext db, UserAdministration users, SessionUsers sessions, AuditLog audit, IOptions<CompanySignInOptions> options,
    IEnumerable<KnownRole> roles)
{
    public static async Task OnTicketReceivedAsync(TicketReceivedContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<CompanySignIn>();
        var (user, refusal) = await signIn.MapAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (user is null)
        {
            // Handled here, not failed: a failure in this event would not stop the sign-in that follows it.
            context.Response.Redirect("/#/signin?sso=" + Uri.EscapeDataString(refusal!));
            context.HandleResponse();
            return;
        }
        context.Principal = user.Principal(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public async Task<(SessionUser? User, string? Refusal)> MapAsync(ClaimsPrincipal external, CancellationToken ct)
    {
        var o = options.Value;
        var subject = $"{external.FindFirstValue("iss")}|{external.FindFirstValue("sub")}";
        var userName = external.FindFirstValue(o.UserNameClaim) ?? external.FindFirstValue("email") ?? external.FindFirstValue("sub");
        if (userName is null) return (null, "the provider named no user");
        var existing = await db.Users.AsNoTracking().Where(u => u.SsoSubject == subject || u.NormalizedUserName == UserEntity.Normalize(userName))
            .OrderBy(u => u.SsoSubject == subject ? 0 : 1).Select(u => new { u.Id, u.Active, u.SsoSubject }).FirstOrDefaultAsync(ct);
        if (existing is { Active: false }) return await RefuseAsync(userName, "deactivated");
        if (existing is null && !o.CreateUsers) return await RefuseAsync(userName, "no such user");
        var input = new UserInput(existing is null ? userName : null, external.FindFirstValue("name") ?? userName, external.FindFirstValue("email"),
            Roles(external), Teams: await TeamsAsync(external, existing?.Id, ct));
        var outcome = existing is null ? await users.CreateAsync(input, ct) : await users.UpdateAsync(existing.Id, input, ct);
        if (outcome.Value is null) return await RefuseAsync(userName, outcome.Mistake?.Message ?? "refused");
        await db.Users.Where(u => u.Id == outcome.Value.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SsoSubject, subject), ct);
        audit.Add("signin.succeeded", "user", outcome.Value.Id.ToString(), outcome.Value.UserName, actor: outcome.Value.UserName, after: new { method = "sso" });
        await db.SaveChangesAsync(ct);
        return (await sessions.FindAsync(outcome.Value.Id, ct), null);
    }

    /// <summary>The roles the provider's claims name, or null (keep the user's) when it sends none.</summary>
    private string[]? Roles(ClaimsPrincipal external)
    {
        var values = external.FindAll(options.Value.RoleClaim).Select(c => c.Value).ToList();
        if (values.Count == 0) return null;
        var known = roles.Select(r => r.Key).ToHashSet();
        return values.Select(v => options.Value.RoleMap.GetValueOrDefault(v, v)).Where(known.Contains).Distinct().ToArray();
    }

    /// <summary>The teams the provider's group claims name by key or name, or null (keep the user's) when it sends none; a lead stays a lead.</summary>
    private async Task<TeamMembership[]?> TeamsAsync(ClaimsPrincipal external, Guid? userId, CancellationToken ct)
    {
        var values = external.FindAll(options.Value.TeamClaim).Select(c => c.Value).Distinct().ToArray();
        if (values.Length == 0) return null;
        return await db.Teams.AsNoTracking().Where(t => values.Contains(t.Key) || values.Contains(t.Name))
            .Select(t => new TeamMembership(t.Key, db.TeamMembers.Any(m => m.TeamId == t.Id && m.UserId == userId && m.IsLead))).ToArrayAsync(ct);
    }

    private async Task<(SessionUser?, string?)> RefuseAsync(string userName, string reason)
    {
        audit.Add("signin.failed", "user", null, userName, actor: userName, after: new { method = "sso", reason });
        await db.SaveChangesAsync();
        return (null, reason);
    }
}
