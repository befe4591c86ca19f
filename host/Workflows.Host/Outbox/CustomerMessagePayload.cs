using System.Text.Json;

namespace Workflows.Host.Outbox;

/// <summary>The payload of a message to a customer or team, as the support desk writes it into the outbox.</summary>
public sealed record CustomerMessagePayload(string? To, string? Subject, string? Body)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CustomerMessagePayload Read(OutboxMessageEntity message) =>
        JsonSerializer.Deserialize<CustomerMessagePayload>(message.Payload, Json) ?? new CustomerMessagePayload(null, null, null);
}
