using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Checks a user name and password: counts failures, locks the account for a while after too many in a row, and
/// writes every attempt to the audit log. An unknown user costs the same hashing time as a known one, so timing does
/// not tell which user names exist.
/// </summary>
public sealed class PasswordSignIn(ServerDbContext db, PasswordHashing hashing, IOptions<PasswordOptions> options, AuditLog audit, TimeProvider clock)
{
    private static readonly Lazy<string> Decoy = new(() => new PasswordHashing(Options.Create(new PasswordOptions())).Hash("decoy password"));

    public async Task<SignInOutcome> CheckAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == UserEntity.Normalize(userName), cancellationToken);
        if (user?.LockedUntil is { } until && until > now)
            return await FailAsync(user, userName, SignInResult.LockedOut, "locked out", cancellationToken, until);
        var (matches, rehash) = await hashing.VerifyAsync(user?.PasswordHash ?? Decoy.Value, password, cancellationToken);
        if (user is null || user.PasswordHash is null || !matches)
        {
            var lockedUntil = user is null ? null : await CountFailureAsync(user.Id, now, cancellationToken);
            return lockedUntil > now
                ? await FailAsync(user, userName, SignInResult.LockedOut, "wrong password; locked out", cancellationToken, lockedUntil)
                : await FailAsync(user, userName, SignInResult.Wrong, "wrong password", cancellationToken);
        }
        if (!user.Active) return await FailAsync(user, userName, SignInResult.Deactivated, "deactivated", cancellationToken);
        (user.FailedSignIns, user.LockedUntil) = (0, null);
        if (rehash) user.PasswordHash = await hashing.HashAsync(password, cancellationToken);
        audit.Add("signin.succeeded", "user", user.Id.ToString(), user.UserName, actor: user.UserName, after: new { method = "password" });
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(SignInResult.SignedIn, user);
    }

    /// <summary>
    /// One UPDATE counts the failure and, at the limit, locks the account and starts the count afresh: attempts made
    /// in parallel are each counted, so guessing in parallel gains nothing. Answers the lock's end, if any.
    /// </summary>
    private async Task<DateTimeOffset?> CountFailureAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (max, until) = (options.Value.MaxFailedSignIns, now + options.Value.LockoutDuration);
        var locked = await db.Database.SqlQueryRaw<DateTimeOffset?>($$"""
            UPDATE {{ServerTables.Users}} SET
              locked_until = CASE WHEN failed_sign_ins + 1 >= {1} THEN {2} ELSE locked_until END,
              failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= {1} THEN 0 ELSE failed_sign_ins + 1 END
            WHERE id = {0} RETURNING locked_until AS "Value"
            """, id, max, until).ToListAsync(cancellationToken);
        return locked.SingleOrDefault();
    }

    private async Task<SignInOutcome> FailAsync(UserEntity? user, string userName, SignInResult result, string reason, CancellationToken cancellationToken,
        DateTimeOffset? lockedUntil = null)
    {
        audit.Add("signin.failed", "user", user?.Id.ToString(), user?.UserName ?? userName, actor: userName, after: new { method = "password", reason });
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(result, user, lockedUntil);
    }
}
