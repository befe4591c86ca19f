using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Database.Signals;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// Adds an entry to a chat, as statements of the caller's batch, so it commits with what it reports (the case message,
/// the outbox delivery). The session row's update takes its lock until commit: entries of one chat commit in the order
/// of their numbers, and a reader resuming after number n cannot later find a smaller one. Every host hears of it.
/// </summary>
public static class ChatLog
{
    public const string Channel = "workflows_chat";

    private static readonly string NextSeq = $"UPDATE {DeskTables.ChatSessions} SET last_seq = last_seq + 1 WHERE id = $1";

    // A case message is shown once even if it is reported twice (a flow that stopped waiting saves it a second way).
    private static readonly string Insert = $"""
        INSERT INTO {DeskTables.ChatEntries} (chat_id, seq, direction, kind, body, case_message_id, at)
        SELECT id, last_seq, $2::text, $3::text, $4::text, $5::uuid, $6::timestamptz FROM {DeskTables.ChatSessions} WHERE id = $1
        ON CONFLICT (case_message_id) WHERE case_message_id IS NOT NULL DO NOTHING
        """;

    public static void Append(SqlBatch batch, Guid chatId, string direction, string kind, string body, Guid? caseMessageId, DateTimeOffset at)
    {
        batch.Add(NextSeq, chatId);
        batch.Add(Insert, chatId, direction, kind, body, caseMessageId, at);
        DatabaseSignals.Send(batch, Channel, ChatSignal.Entry(chatId));
    }
}
