namespace Workflows.Server.Identity.Passwords;

/// <summary>
/// <c>Workflows:Passwords</c>: the Argon2id cost (OWASP's first recommended setting by default: 19 MiB, two passes,
/// one lane, as libsodium always uses), the rules a new password follows, and when repeated failures lock an account.
/// </summary>
public sealed class PasswordOptions
{
    public int MemoryKiB { get; set; } = 19 * 1024;
    public int Iterations { get; set; } = 2;

    public int MinimumLength { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
