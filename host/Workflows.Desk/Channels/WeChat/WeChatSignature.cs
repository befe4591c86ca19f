using System.Security.Cryptography;
using System.Text;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// WeChat's callback signature: the SHA-1, in lower-case hex, of the parts sorted as strings (ordinal, as WeChat's
/// own samples sort) and joined without separator. The plain signature signs token, timestamp and nonce; safe mode's
/// msg_signature adds the Encrypt text, so it covers the message too.
/// </summary>
public static class WeChatSignature
{
    public static string Of(params string[] parts)
    {
        var sorted = parts.Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    /// <summary>Whether <paramref name="given"/> is the signature of <paramref name="parts"/>; compared in constant time, so timing tells a forger nothing.</summary>
    public static bool Matches(string? given, params string?[] parts)
    {
        if (string.IsNullOrEmpty(given) || parts.Any(string.IsNullOrEmpty)) return false;
        var expected = Encoding.ASCII.GetBytes(Of(parts!));
        var actual = Encoding.ASCII.GetBytes(given.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
