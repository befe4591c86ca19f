using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Workflows.Tests.Support;

/// <summary>
/// Plays WeChat's servers towards the desk: writes messages as WeChat pushes them, signs the URL (in safe mode also
/// encrypts the body and signs it with msg_signature), posts to /channels/wechat, and opens encrypted answers. Its
/// signing and AES are written here from WeChat's documentation, apart from the product's, so each checks the other.
/// </summary>
public sealed class WeChatPush(HttpClient client, string token, string? encodingAesKey, string appId)
{
    /// <summary>The official account's original id, the ToUserName of every message.</summary>
    public const string Account = "gh_3a6f1c2b9d7e";

    public HttpClient Client => client;

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string Text(string openId, string content, long msgId) => Message(openId, "text", Now(), ("Content", content), ("MsgId", msgId));

    public static string Image(string openId, string picUrl, string mediaId, long msgId) =>
        Message(openId, "image", Now(), ("PicUrl", picUrl), ("MediaId", mediaId), ("MsgId", msgId));

    public static string Voice(string openId, string mediaId, string format, string recognition, long msgId) =>
        Message(openId, "voice", Now(), ("MediaId", mediaId), ("Format", format), ("Recognition", recognition), ("MsgId", msgId));

    public static string Event(string openId, string name, string? eventKey, long createTime) =>
        eventKey is null ? Message(openId, "event", createTime, ("Event", name)) : Message(openId, "event", createTime, ("Event", name), ("EventKey", eventKey));

    /// <summary>The document WeChat posts: strings in CDATA, numbers bare, as in its documentation.</summary>
    public static string Message(string openId, string type, long createTime, params (string Name, object Value)[] fields) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{createTime}</CreateTime>" +
        $"<MsgType><![CDATA[{type}]]></MsgType>" +
        string.Concat(fields.Select(f => f.Value is long n ? $"<{f.Name}>{n}</{f.Name}>" : $"<{f.Name}><![CDATA[{f.Value}]]></{f.Name}>")) + "</xml>";

    /// <summary>
    /// Posts <paramref name="xml"/> as WeChat would: signed with the token, encrypted in safe mode unless
    /// <paramref name="plain"/>. A test forges by giving its own <paramref name="signature"/> or <paramref name="msgSignature"/>.
    /// </summary>
    public Task<HttpResponseMessage> PostAsync(string openId, string xml, string? signature = null, string? msgSignature = null, bool plain = false)
    {
        var (timestamp, nonce) = (Now().ToString(CultureInfo.InvariantCulture), Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture));
        var query = $"signature={signature ?? Sign(token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={openId}";
        var body = xml;
        if (encodingAesKey is not null && !plain)
        {
            var cipher = Encrypt(xml);
            body = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{cipher}]]></Encrypt></xml>";
            query += $"&encrypt_type=aes&msg_signature={msgSignature ?? Sign(token, timestamp, nonce, cipher)}";
        }
        return client.PostAsync($"/channels/wechat?{query}", new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    /// <summary>SHA-1 of the parts sorted and joined, in lower-case hex.</summary>
    public static string Sign(params string[] parts)
    {
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Join("", parts)))).ToLowerInvariant();
    }

    /// <summary>16 random bytes, the length (big-endian), the message, the AppId; PKCS#7 to 32 bytes; AES-256-CBC, IV the key's first 16 bytes.</summary>
    public string Encrypt(string message)
    {
        var key = Key();
        var (body, id) = (Encoding.UTF8.GetBytes(message), Encoding.UTF8.GetBytes(appId));
        var plain = new List<byte>(RandomNumberGenerator.GetBytes(16));
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, body.Length);
        plain.AddRange(length);
        plain.AddRange(body);
        plain.AddRange(id);
        var pad = 32 - plain.Count % 32;
        plain.AddRange(Enumerable.Repeat((byte)pad, pad));
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain.ToArray(), key[..16], PaddingMode.None));
    }

    /// <summary>Opens an encrypted passive reply after checking its MsgSignature; returns the inner XML and the AppId it names.</summary>
    public (string Xml, string AppId) OpenReply(string envelope)
    {
        var root = XElement.Parse(envelope);
        string Field(string name) => root.Element(name)?.Value ?? throw new InvalidOperationException($"The encrypted reply has no {name}: {envelope}");
        var (cipher, timestamp, nonce) = (Field("Encrypt"), Field("TimeStamp"), Field("Nonce"));
        Assert.Equal(Sign(token, timestamp, nonce, cipher), Field("MsgSignature"));
        Assert.Matches("^[0-9]+$", timestamp);
        var key = Key();
        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(cipher), key[..16], PaddingMode.None);
        Assert.Equal(0, plain.Length % 32); // WeChat pads to 32-byte blocks, not AES's 16
        int pad = plain[^1];
        Assert.InRange(pad, 1, 32);
        Assert.All(plain[^pad..], b => Assert.Equal(pad, b));
        var length = BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(16, 4));
        return (Encoding.UTF8.GetString(plain, 20, length), Encoding.UTF8.GetString(plain, 20 + length, plain.Length - pad - 20 - length));
    }

    private byte[] Key() => Convert.FromBase64String(encodingAesKey! + "=");
}
