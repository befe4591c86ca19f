using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Identity.Teams;
using Workflows.Server.Problems;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Identity.Users;

/// <summary>
/// Every change to a user, whoever asks (the admin API, SCIM, single sign-on): validated, audited with before and
/// after, and saved in one transaction. A change that must end the user's sessions (deactivation, other roles, a new
/// password) gives them a new security stamp; deactivation also returns the tasks they had claimed to their queues.
/// </summary>
public sealed class UserAdministration(DatabaseSession session, ServerDbContext db, UserValidation validation, PasswordHashing hashing,
    UserDirectory directory, SessionUsers sessions, SessionCache cache, IEnumerable<ISessionParticipant> participants, TaskAssignments tasks, AuditLog audit,
    IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<AdminOutcome<UserView>> CreateAsync(UserInput input, CancellationToken ct)
    {
        if (validation.Check(input, creating: true) is { } mistake) return AdminOutcome<UserView>.Invalid(mistake);
        var normalized = UserEntity.Normalize(input.UserName!);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
            return AdminOutcome<UserView>.Conflict(Mistake.Of("userName.taken", "userName", $"There is already a user '{input.UserName}'.", ("value", input.UserName)));
        var now = clock.GetUtcNow();
        var user = new UserEntity
        {
            Id = Guid.CreateVersion7(), UserName = input.UserName!.Trim(), NormalizedUserName = normalized, DisplayName = input.DisplayName!.Trim(),
            CreatedAt = now, UpdatedAt = now,
        };
        Apply(user, input);
        if (input.Password is { } password) user.PasswordHash = await hashing.HashAsync(password, ct);
        await using var transaction = await session.BeginAsync(ct);
        db.Users.Add(user);
        if (await SetTeamsAsync(user, input.Teams, ct) is { } teamMistake) return AdminOutcome<UserView>.Invalid(teamMistake);
        await session.FlushAsync(ct);
        var view = (await directory.FindAsync(user.Id, ct))!;
        audit.Add("user.created", "user", user.Id.ToString(), user.UserName, after: view);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        return new(view);
    }

    /// <summary>Changes the fields <paramref name="input"/> gives; null fields stay as they are.</summary>
    public async Task<AdminOutcome<UserView>> UpdateAsync(Guid id, UserInput input, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return AdminOutcome<UserView>.NotFound();
        if (validation.Check(input, creating: false, user.UserName) is { } mistake) return AdminOutcome<UserView>.Invalid(mistake);
        if (input.UserName is { } renamed && UserEntity.Normalize(renamed) != user.NormalizedUserName
            && await db.Users.AnyAsync(u => u.NormalizedUserName == UserEntity.Normalize(renamed), ct))
            return AdminOutcome<UserView>.Conflict(Mistake.Of("userName.taken", "userName", $"There is already a user '{renamed}'.", ("value", renamed)));
        var before = (await directory.FindAsync(id, ct))!;
        await using var transaction = await session.BeginAsync(ct);
        var (wasActive, roles) = (user.Active, user.Roles.Order().ToArray());
        if (input.UserName is { } name) (user.UserName, user.NormalizedUserName) = (name.Trim(), UserEntity.Normalize(name));
        if (input.DisplayName is { } display) user.DisplayName = display.Trim();
        Apply(user, input);
        if (input.Password is { } password) user.PasswordHash = await hashing.HashAsync(password, ct);
        if (await SetTeamsAsync(user, input.Teams, ct) is { } teamMistake) return AdminOutcome<UserView>.Invalid(teamMistake);
        var sessionsEnd = !user.Active || !roles.SequenceEqual(user.Roles.Order()) || input.Password is not null || before.UserName != user.UserName;
        if (sessionsEnd) user.SecurityStamp = Guid.NewGuid();
        if (wasActive && !user.Active) await tasks.ReturnClaimedAsync(before.UserName, Actor, $"{before.UserName} was deactivated", ct);
        user.UpdatedAt = clock.GetUtcNow();
        await session.FlushAsync(ct);
        var after = (await directory.FindAsync(id, ct))!;
        audit.Add(wasActive && !user.Active ? "user.deactivated" : !wasActive && user.Active ? "user.reactivated" : "user.updated",
            "user", id.ToString(), user.UserName, before, after);
        SessionChanges.Notify(session, id);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Evict(id.ToString()); // this host at once; the others when the notification arrives
        if (sessionsEnd) await SessionsEndedAsync(before.UserName, ct);
        return new(after);
    }

    /// <summary>An admin's reset or the user's own change: a new hash, a new stamp (other sessions end), no lock.</summary>
    public async Task<SessionUser?> SetPasswordAsync(Guid id, string password, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        (user.PasswordHash, user.SecurityStamp, user.FailedSignIns, user.LockedUntil, user.UpdatedAt) =
            (await hashing.HashAsync(password, ct), Guid.NewGuid(), 0, null, clock.GetUtcNow());
        audit.Add("user.password-set", "user", id.ToString(), user.UserName);
        SessionChanges.Notify(session, id);
        await session.SaveChangesAsync(ct);
        cache.Evict(id.ToString());
        return await sessions.FindAsync(id, ct);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        var before = await directory.FindAsync(id, ct);
        if (before is null) return false;
        await using var transaction = await session.BeginAsync(ct);
        await tasks.ReturnClaimedAsync(before.UserName, Actor, $"{before.UserName} was deleted", ct);
        await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(ct);
        audit.Add("user.deleted", "user", id.ToString(), before.UserName, before);
        SessionChanges.Notify(session, id);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Evict(id.ToString());
        await SessionsEndedAsync(before.UserName, ct);
        return true;
    }

    private async Task SessionsEndedAsync(string userName, CancellationToken ct)
    {
        foreach (var participant in participants) await participant.SessionsEndedAsync(userName, ct);
    }

    private System.Security.Claims.ClaimsPrincipal Actor => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user
        : new(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.Name, "system")], "system"));

    private void Apply(UserEntity user, UserInput input)
    {
        if (input.Email is not null) user.Email = input.Email.Length == 0 ? null : input.Email.Trim();
        if (input.Roles is not null) user.Roles = input.Roles.Distinct().ToArray();
        if (input.Skills is not null) user.Skills = input.Skills.Select(s => s.Trim()).Distinct().ToArray();
        if (input.Languages is not null) user.Languages = input.Languages.Distinct().ToArray();
        if (input.Active is { } active) user.Active = active;
        if (input.ExternalId is not null) user.ExternalId = input.ExternalId.Length == 0 ? null : input.ExternalId;
        if (input.Password is not null) (user.FailedSignIns, user.LockedUntil) = (0, null);
    }

    /// <summary>Replaces the user's memberships with <paramref name="teams"/> (null: unchanged).</summary>
    private async Task<Mistake?> SetTeamsAsync(UserEntity user, TeamMembership[]? teams, CancellationToken ct)
    {
        if (teams is null) return null;
        var keys = teams.Select(t => t.Key!).ToArray();
        var found = await db.Teams.Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, t => t.Id, ct);
        if (keys.FirstOrDefault(k => !found.ContainsKey(k)) is { } missing)
            return Mistake.Of("teams.unknown", "teams", $"There is no team '{missing}'.", ("value", missing));
        Memberships.Sync(db, await db.TeamMembers.Where(m => m.UserId == user.Id).ToListAsync(ct),
            teams.DistinctBy(t => t.Key).ToDictionary(t => (found[t.Key!], user.Id), t => t.Lead));
        return null;
    }
}
