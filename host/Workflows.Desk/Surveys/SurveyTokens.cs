using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Surveys;

/// <summary>
/// Survey links: <c>{survey id + expiry}.{HMAC-SHA256}</c>, base64url. The key lives in the database so every host
/// signs and checks alike; it is made on first start.
/// </summary>
public sealed class SurveyTokens
{
    private const string KeyName = "survey-signing-key";
    private byte[]? _key;

    public async Task LoadKeyAsync(DeskDbContext db, CancellationToken cancellationToken)
    {
        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {DeskTables.Settings} (name, value) VALUES ({{0}}, {{1}}) ON CONFLICT (name) DO NOTHING", [KeyName, fresh],
            cancellationToken);
        var stored = await db.Settings.AsNoTracking().SingleAsync(s => s.Name == KeyName, cancellationToken);
        _key = Convert.FromBase64String(stored.Value);
    }

    public string Create(Guid surveyId, DateTimeOffset expiresAt)
    {
        var payload = new byte[24];
        surveyId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(Key, payload))}";
    }

    /// <summary>The survey a token names, or null when it was not made by us (tampered, truncated, garbage).</summary>
    public (Guid SurveyId, DateTimeOffset ExpiresAt)? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2) return null;
        byte[] payload, signature;
        try
        {
            (payload, signature) = (WebEncoders.Base64UrlDecode(parts[0]), WebEncoders.Base64UrlDecode(parts[1]));
        }
        catch (FormatException)
        {
            return null;
        }
        if (payload.Length != 24 || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(Key, payload))) return null;
        return (new Guid(payload.AsSpan(0, 16)), DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16))));
    }

    private byte[] Key => _key ?? throw new InvalidOperationException("The survey signing key is not loaded yet.");
}
