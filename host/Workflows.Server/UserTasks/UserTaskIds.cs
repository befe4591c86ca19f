using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Workflows.Server.UserTasks;

/// <summary>
/// A user task's id follows from its instance and its number there (the engine numbers everything an instance
/// opens), so every part of the server, and every participant, names a task the moment the engine opens it,
/// without reading it back.
/// </summary>
public static class UserTaskIds
{
    public static Guid For(Guid instanceId, long localId)
    {
        Span<byte> input = stackalloc byte[24];
        instanceId.TryWriteBytes(input);
        BinaryPrimitives.WriteInt64BigEndian(input[16..], localId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        // An RFC 9562 version 8 (vendor-specific) UUID with the RFC variant bits.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
