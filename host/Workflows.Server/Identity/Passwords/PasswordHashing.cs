using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Passwords;

/// <summary>
/// Argon2id, memory-hard, through libsodium (Geralt): 2.4 times faster than a managed implementation on this machine,
/// which is what an attacker's hardware would do anyway. Hashes are PHC strings (<c>$argon2id$v=19$m=…,t=…,p=1$salt$hash</c>)
/// that carry their own cost, so old hashes keep verifying after the cost is raised and are replaced at the next
/// sign-in. Hashes from builds that used ASP.NET Core Identity's PBKDF2 hasher still verify, and are replaced too.
/// </summary>
public sealed class PasswordHashing(IOptions<PasswordOptions> options)
{
    private const string Prefix = "$argon2id$";
    private readonly PasswordHasher<UserEntity> _earlier = new();

    // One hash per core at a time: eight sign-ins at once on two cores then finish in turn instead of all slowly
    // together, and hold 2 × 19 MiB rather than 8 × 19 MiB.
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount);

    public async Task<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        await _cores.WaitAsync(cancellationToken);
        try { return Hash(password); }
        finally { _cores.Release(); }
    }

    public async Task<(bool Matches, bool NeedsRehash)> VerifyAsync(string storedHash, string password, CancellationToken cancellationToken)
    {
        await _cores.WaitAsync(cancellationToken);
        try { return Verify(storedHash, password); }
        finally { _cores.Release(); }
    }

    public string Hash(string password)
    {
        var o = options.Value;
        var hash = new char[Geralt.Argon2id.HashSize];
        Geralt.Argon2id.ComputeHash(hash, Encoding.UTF8.GetBytes(password), o.Iterations, o.MemoryKiB * 1024);
        return new string(hash).TrimEnd('\0');
    }

    /// <summary>Whether the password matches, and whether the stored hash should be replaced (older algorithm or cost).</summary>
    public (bool Matches, bool NeedsRehash) Verify(string storedHash, string password)
    {
        if (!storedHash.StartsWith(Prefix, StringComparison.Ordinal))
            return (_earlier.VerifyHashedPassword(null!, storedHash, password) != PasswordVerificationResult.Failed, true);
        var o = options.Value;
        var matches = Geralt.Argon2id.VerifyHash(storedHash, Encoding.UTF8.GetBytes(password));
        return (matches, matches && Geralt.Argon2id.NeedsRehash(storedHash, o.Iterations, o.MemoryKiB * 1024));
    }
}
