using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Safe mode's message encryption, as WeChat's technical plan (加解密技术方案) defines it: AES-256-CBC with the key
/// Base64Decode(EncodingAESKey + "=") and the key's first 16 bytes as IV; the plain text is 16 random bytes, the
/// message's length (4 bytes, big-endian), the message, then the AppId, padded PKCS#7-style to a multiple of 32 bytes
/// (not AES's 16: WeChat's block for padding is the key's length).
/// </summary>
public sealed class WeChatCrypto
{
    private const int PadBlock = 32;
    private readonly byte[] _key;
    private readonly byte[] _appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        if (!IsValidKey(encodingAesKey)) throw new ArgumentException("An EncodingAESKey is 43 letters and digits.", nameof(encodingAesKey));
        _key = Convert.FromBase64String(encodingAesKey + "=");
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    public static bool IsValidKey(string key)
    {
        if (key.Length != 43 || !key.All(char.IsAsciiLetterOrDigit)) return false;
        Span<byte> bytes = stackalloc byte[33];
        return Convert.TryFromBase64String(key + "=", bytes, out var length) && length == 32;
    }

    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var length = 16 + 4 + body.Length + _appId.Length;
        var pad = PadBlock - length % PadBlock;
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        _appId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The message inside <paramref name="encrypted"/>, or null when it is not one this account's key and AppId made.</summary>
    public string? Decrypt(string encrypted)
    {
        var cipher = new byte[encrypted.Length];
        if (!Convert.TryFromBase64String(encrypted, cipher, out var count) || count == 0 || count % 16 != 0) return null;
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher.AsSpan(0, count), _key.AsSpan(0, 16), PaddingMode.None);
        int pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length - 20) return null;
        var content = plain.AsSpan(0, plain.Length - pad);
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (length < 0 || 20 + length > content.Length) return null;
        // The AppId after the message proves it was meant for this account, not replayed from another one with the same key.
        if (!content[(20 + length)..].SequenceEqual(_appId)) return null;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content.Slice(20, length));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
