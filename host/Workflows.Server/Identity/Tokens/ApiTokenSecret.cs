using System.Security.Cryptography;
using System.Text;

namespace Workflows.Server.Identity.Tokens;

/// <summary>Token secrets: "wf_" and 256 random bits in base64url, kept only as their SHA-256.</summary>
public static class ApiTokenSecret
{
    public const string Marker = "wf_";

    public static string New() => Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(secret.Length, Marker.Length + 6)];
}
