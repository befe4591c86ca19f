using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// Delivers <c>chat</c> messages (agents' replies, the flow's notices on a chat case) to the customer page: the entry is
/// written in the outbox's own transaction, with the row marked delivered, so it is shown exactly once even when a
/// host dies mid-delivery. A chat case without a chat (opened by an agent) has no page to reach; the message stays on
/// its timeline. Registered ahead of the pickup directory: the page is the customer's inbox, not a folder.
/// </summary>
public sealed class ChatOutboxSender(DatabaseSession session, ILogger<ChatOutboxSender> log) : IOutboxSender
{
    private static readonly string FindChat = $"""
        SELECT s.id, m.id FROM {DeskTables.Cases} c
        JOIN {DeskTables.ChatSessions} s ON s.case_id = c.id
        LEFT JOIN {DeskTables.CaseMessages} m ON m.outbox_message_id = $2
        WHERE c.instance_id = $1 AND NOT s.fallback
        ORDER BY s.started_at DESC LIMIT 1
        """;

    public bool Handles(string kind) => kind == ContactChannels.OutboxKind(ContactChannels.Chat);

    public async Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        var payload = MessagePayload.Read(message);
        Guid? chatId = null, caseMessageId = null;
        await using (var find = new NpgsqlCommand(FindChat, session.Connection, session.Transaction))
        {
            find.Parameters.Add(new NpgsqlParameter { Value = (object?)message.InstanceId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
            find.Parameters.Add(new NpgsqlParameter { Value = message.Id });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken)) (chatId, caseMessageId) = (reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1));
        }
        if (chatId is null)
        {
            log.LogInformation("Outbox {Id}: no chat page is open for this case; the message stays on its timeline.", message.Id);
            return;
        }
        var batch = new SqlBatch();
        ChatLog.Append(batch, chatId.Value, "outbound", "message", payload.Body ?? "", caseMessageId, message.CreatedAt);
        await batch.ExecuteAsync(session, cancellationToken);
    }
}
