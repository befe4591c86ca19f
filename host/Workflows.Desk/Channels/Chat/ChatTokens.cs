using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// The verified customer's chat token, kept in an http-only cookie: <c>{code id + customer id + expiry}.{HMAC-SHA256}</c>,
/// base64url. The key lives in the database, made by whichever host needs it first, so every host signs and checks alike.
/// </summary>
public sealed class ChatTokens
{
    public const string CookieName = "wf_chat";
    private const string KeyName = "chat-signing-key";
    private const int PayloadLength = 40;
    private static readonly string InsertKey = $"INSERT INTO {DeskTables.Settings} (name, value) VALUES ({{0}}, {{1}}) ON CONFLICT (name) DO NOTHING";
    private byte[]? _key;

    public sealed record Identity(Guid CodeId, Guid CustomerId, DateTimeOffset ExpiresAt);

    public async Task<string> CreateAsync(DeskDbContext db, Identity identity, CancellationToken ct)
    {
        var payload = new byte[PayloadLength];
        identity.CodeId.TryWriteBytes(payload.AsSpan(0, 16));
        identity.CustomerId.TryWriteBytes(payload.AsSpan(16, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(32), identity.ExpiresAt.ToUnixTimeSeconds());
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(await KeyAsync(db, ct), payload))}";
    }

    /// <summary>Who the token names, or null when we did not make it, or it has expired.</summary>
    public async Task<Identity?> ReadAsync(DeskDbContext db, string? token, DateTimeOffset now, CancellationToken ct)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 2 }) return null;
        byte[] payload, signature;
        try
        {
            (payload, signature) = (WebEncoders.Base64UrlDecode(parts[0]), WebEncoders.Base64UrlDecode(parts[1]));
        }
        catch (FormatException)
        {
            return null;
        }
        var key = await KeyAsync(db, ct);
        if (payload.Length != PayloadLength || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload))) return null;
        var identity = new Identity(new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)),
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(32))));
        return identity.ExpiresAt > now ? identity : null;
    }

    private async Task<byte[]> KeyAsync(DeskDbContext db, CancellationToken ct)
    {
        if (_key is { } known) return known;
        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await db.Database.ExecuteSqlRawAsync(InsertKey, [KeyName, fresh], ct);
        var stored = await db.Settings.AsNoTracking().SingleAsync(s => s.Name == KeyName, ct);
        return _key = Convert.FromBase64String(stored.Value);
    }
}
