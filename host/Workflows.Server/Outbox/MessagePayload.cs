using System.Text.Json;

namespace Workflows.Server.Outbox;

/// <summary>
/// What a sender reads of a message to a person: to whom, a subject, a body; for email, the Message-IDs it answers
/// (<c>In-Reply-To</c>, and <c>References</c> as the header spells them), so the recipient's mail program threads it;
/// and whether no person wrote it (a notice of the flow's), which mail marks as auto-generated so that the
/// customer's auto-responder does not answer it and start a loop.
/// </summary>
public sealed record MessagePayload(string? To, string? Subject, string? Body, string? InReplyTo = null, string? References = null,
    bool Automatic = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MessagePayload Read(OutboxMessageEntity message) =>
        JsonSerializer.Deserialize<MessagePayload>(message.Payload, Json) ?? new MessagePayload(null, null, null);
}
