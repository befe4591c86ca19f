using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.Passwords;

/// <summary>
/// Argon2id, memory-hard, written in the PHC string form (<c>$argon2id$v=19$m=…,t=…,p=…$salt$hash</c>) so a stored
/// hash carries its own cost and old hashes keep verifying after the cost is raised. Hashes from builds that used
/// ASP.NET Core Identity's PBKDF2 hasher still verify, and are replaced on the next successful sign-in.
/// </summary>
public sealed class PasswordHashing(IOptions<PasswordOptions> options)
{
    private const string Prefix = "$argon2id$v=19$";
    private readonly PasswordHasher<UserEntity> _earlier = new();

    public string Hash(string password)
    {
        var o = options.Value;
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Compute(password, salt, o.MemoryKiB, o.Iterations, o.Parallelism);
        return $"{Prefix}m={o.MemoryKiB},t={o.Iterations},p={o.Parallelism}${Convert.ToBase64String(salt).TrimEnd('=')}${Convert.ToBase64String(hash).TrimEnd('=')}";
    }

    /// <summary>Whether the password matches, and whether the stored hash should be replaced (older algorithm or cost).</summary>
    public (bool Matches, bool NeedsRehash) Verify(string storedHash, string password)
    {
        if (!storedHash.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var earlier = _earlier.VerifyHashedPassword(null!, storedHash, password);
            return (earlier != PasswordVerificationResult.Failed, true);
        }
        var parts = storedHash[Prefix.Length..].Split('$');
        if (parts.Length != 3) return (false, false);
        var cost = parts[0].Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1]));
        var (salt, expected) = (FromBase64(parts[1]), FromBase64(parts[2]));
        var actual = Compute(password, salt, cost["m"], cost["t"], cost["p"]);
        var o = options.Value;
        return (CryptographicOperations.FixedTimeEquals(actual, expected), cost["m"] != o.MemoryKiB || cost["t"] != o.Iterations || cost["p"] != o.Parallelism);
    }

    private static byte[] Compute(string password, byte[] salt, int memoryKiB, int iterations, int parallelism)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, MemorySize = memoryKiB, Iterations = iterations, DegreeOfParallelism = parallelism };
        return argon.GetBytes(32);
    }

    private static byte[] FromBase64(string unpadded) => Convert.FromBase64String(unpadded.PadRight(unpadded.Length + (4 - unpadded.Length % 4) % 4, '='));
}
