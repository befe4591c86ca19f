using System.Text.Json;

namespace Workflows.Server.Outbox;

/// <summary>What a sender reads of a message to a person: to whom, a subject, a body.</summary>
public sealed record MessagePayload(string? To, string? Subject, string? Body)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MessagePayload Read(OutboxMessageEntity message) =>
        JsonSerializer.Deserialize<MessagePayload>(message.Payload, Json) ?? new MessagePayload(null, null, null);
}
