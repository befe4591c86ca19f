using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Identity.Users;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Teams;

/// <summary>
/// Every change to a team and its members, audited. A team's key is fixed once made: diagrams name it in their
/// candidate groups. Membership changes take effect on the members' next request; their sessions go on.
/// </summary>
public sealed partial class TeamAdministration(DatabaseSession session, ServerDbContext db, TeamDirectory directory, SessionCache cache, AuditLog audit,
    TimeProvider clock)
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex KeyPattern();

    public async Task<AdminOutcome<TeamView>> CreateAsync(TeamInput input, CancellationToken ct)
    {
        if (input.Key is not { } key || !KeyPattern().IsMatch(key))
            return AdminOutcome<TeamView>.Invalid(Mistake.Of("key.invalid", "key", "A team key is 1 to 50 lower-case letters, digits and dashes (agent-l1, refunds)."));
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
            return AdminOutcome<TeamView>.Invalid(Mistake.Of("name.required", "name", "Enter the team's name (1 to 200 characters)."));
        if (await db.Teams.AnyAsync(t => t.Key == key || t.Name == input.Name, ct))
            return AdminOutcome<TeamView>.Conflict(Mistake.Of("team.exists", "key", $"There is already a team '{key}' or '{input.Name}'.", ("value", key)));
        var now = clock.GetUtcNow();
        var team = new TeamEntity { Id = Guid.CreateVersion7(), Key = key, Name = input.Name.Trim(), Description = input.Description, ExternalId = input.ExternalId, CreatedAt = now, UpdatedAt = now };
        db.Teams.Add(team);
        if (input.Members is { } members && await SetMembersAsync(team, members, ct) is { } mistake) return AdminOutcome<TeamView>.Invalid(mistake);
        await using var transaction = await session.BeginAsync(ct);
        await session.FlushAsync(ct);
        var view = (await directory.FindAsync(team.Id, ct))!;
        audit.Add("team.created", "team", team.Id.ToString(), team.Key, after: view);
        if (view.Members.Length > 0) SessionChanges.Notify(session, null);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Evict("*"); // this host at once; the others when the notification arrives
        return new(view);
    }

    /// <summary>Renames, describes, or replaces the members (when <see cref="TeamInput.Members"/> is given).</summary>
    public Task<AdminOutcome<TeamView>> UpdateAsync(Guid id, TeamInput input, CancellationToken ct) => ChangeAsync(id, "team.updated", async team =>
    {
        if (input.Key is not null && input.Key != team.Key) return Mistake.Of("key.fixed", "key", "A team's key cannot change: diagrams name it.");
        if (input.Name is { } name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return Mistake.Of("name.required", "name", "Enter the team's name (1 to 200 characters).");
            team.Name = name.Trim();
        }
        if (input.Description is not null) team.Description = input.Description.Length == 0 ? null : input.Description;
        if (input.ExternalId is not null) team.ExternalId = input.ExternalId;
        return input.Members is { } members ? await SetMembersAsync(team, members, ct) : null;
    }, ct);

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        var before = await directory.FindAsync(id, ct);
        if (before is null) return false;
        await using var transaction = await session.BeginAsync(ct);
        await db.Teams.Where(t => t.Id == id).ExecuteDeleteAsync(ct);
        audit.Add("team.deleted", "team", id.ToString(), before.Key, before);
        SessionChanges.Notify(session, null);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Evict("*"); // this host at once; the others when the notification arrives
        return true;
    }

    private async Task<AdminOutcome<TeamView>> ChangeAsync(Guid id, string action, Func<TeamEntity, Task<Mistake?>> change, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return AdminOutcome<TeamView>.NotFound();
        var before = (await directory.FindAsync(id, ct))!;
        if (await change(team) is { } mistake) return AdminOutcome<TeamView>.Invalid(mistake);
        team.UpdatedAt = clock.GetUtcNow();
        await using var transaction = await session.BeginAsync(ct);
        await session.FlushAsync(ct);
        var after = (await directory.FindAsync(id, ct))!;
        audit.Add(action, "team", id.ToString(), team.Key, before, after);
        SessionChanges.Notify(session, null);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Evict("*"); // this host at once; the others when the notification arrives
        return new(after);
    }

    /// <summary>Makes the team's members exactly <paramref name="members"/>, each named by user id or user name.</summary>
    private async Task<Mistake?> SetMembersAsync(TeamEntity team, TeamMemberInput[] members, CancellationToken ct)
    {
        var names = members.Where(m => m.UserId is null).Select(m => UserEntity.Normalize(m.UserName ?? "")).ToArray();
        var ids = members.Where(m => m.UserId is not null).Select(m => m.UserId!.Value).ToArray();
        var users = await db.Users.Where(u => names.Contains(u.NormalizedUserName) || ids.Contains(u.Id))
            .Select(u => new { u.Id, u.NormalizedUserName }).ToListAsync(ct);
        var wanted = new Dictionary<Guid, bool>();
        foreach (var member in members)
        {
            var user = users.FirstOrDefault(u => member.UserId is { } id ? u.Id == id : u.NormalizedUserName == UserEntity.Normalize(member.UserName ?? ""));
            if (user is null)
                return Mistake.Of("members.unknown", "members", $"There is no user '{member.UserId?.ToString() ?? member.UserName}'.", ("value", member.UserId?.ToString() ?? member.UserName));
            wanted[user.Id] = member.Lead;
        }
        Memberships.Sync(db, await db.TeamMembers.Where(m => m.TeamId == team.Id).ToListAsync(ct), wanted.ToDictionary(w => (team.Id, w.Key), w => w.Value));
        return null;
    }
}
