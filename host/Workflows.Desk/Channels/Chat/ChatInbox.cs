using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Database.Signals;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// What the customer sends from the page: words join the case's timeline (and go on to a flow that waits for them) with
/// the chat's entry in the same transaction; typing is told to agents who have the case open. While the bot answers, the
/// words (and a file, which hands over) go to <see cref="ChatBot"/>. A chat that became a ticket, or a case that was
/// closed, takes no more messages here.
/// </summary>
public sealed class ChatInbox(DeskDbContext db, DatabaseSession session, CustomerReplies replies, ChatBot bot, TimeProvider clock, ILogger<ChatInbox> log)
{
    /// <param name="MessageId">The case message made of it; null while the bot answers.</param>
    /// <param name="Chat">The chat after this message: it changes when the bot hands the customer to a person.</param>
    public sealed record ChatSent(Guid? MessageId, bool ReachedFlow, ChatStart.ChatView Chat);

    private static readonly string MarkTyping = $"UPDATE {DeskTables.ChatSessions} SET customer_typing_at = $2 WHERE id = $1";

    public async Task<IResult> SendAsync(ChatStart.ChatView chat, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return Problem.Field(Mistake.Of("chat.message.required", "body", "The message is empty."));
        if (text.Length > CustomerReplies.MaxBody) return Problem.Field(Mistake.Of("chat.message.too-long", "body", $"A message is at most {CustomerReplies.MaxBody:N0} characters."));
        if (chat.CaseId is null) return await ToBotAsync(chat, text.Trim(), readable: true, ct);
        if (await OpenCaseAsync(chat, ct) is not { } found) return Closed();
        var message = replies.Inbound(found, ContactChannels.Chat, "reply", text.Trim(), null);
        var delivery = await replies.AppendAsync(found, message, [], null, ct,
            batch => ChatLog.Append(batch, chat.ChatId, "inbound", "message", message.Body, message.Id, message.At));
        if (delivery.Error is { } error)
        {
            // The customer's words must not be lost to a failing step: they stay on the timeline, outside the flow.
            log.LogError("Chat message on case {Case} did not reach the flow: {Error}", found.Number, error.Message);
            db.ChangeTracker.Clear();
            await replies.KeepAsync(message, [], ct, batch => ChatLog.Append(batch, chat.ChatId, "inbound", "message", message.Body, message.Id, message.At));
        }
        return Results.Ok(new ChatSent(message.Id, delivery.ReachedFlow, chat));
    }

    /// <summary>Saves a file the customer sent (already checked) on the case, shown on the chat by its name.</summary>
    public async Task<IResult> AttachAsync(ChatStart.ChatView chat, Attachments.AttachmentEntity file, CancellationToken ct)
    {
        CaseEntity? found;
        if (chat.CaseId is null)
        {
            // The bot cannot read a file: a person takes the chat over, and the file goes on the new case (a ticket too).
            var (handedOver, problem) = await bot.HearAsync(await TrackedAsync(chat, ct), ChatTexts.File(file.FileName), readable: false, ct);
            if (handedOver is null) return problem!;
            db.ChangeTracker.Clear();
            chat = handedOver;
            found = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == handedOver.CaseId, ct);
        }
        else if ((found = await OpenCaseAsync(chat, ct)) is null) return Closed();
        file.CaseId = found.Id;
        db.Attachments.Add(file);
        var message = replies.Inbound(found, ContactChannels.Chat, "attachment", file.FileName, null);
        message.AttachmentId = file.Id;
        await replies.KeepAsync(message, [], ct, batch => ChatLog.Append(batch, chat.ChatId, "inbound", "attachment", file.FileName, message.Id, message.At));
        return Results.Created($"/api/cases/{found.Id}/attachments/{file.Id}", new ChatSent(message.Id, false, chat));
    }

    public async Task TypingAsync(Guid chatId, CancellationToken ct)
    {
        session.Batch.Add(MarkTyping, chatId, clock.GetUtcNow());
        DatabaseSignals.Send(session.Batch, ChatLog.Channel, ChatSignal.Typing(chatId, agent: false));
        await session.SaveChangesAsync(ct);
    }

    private async Task<IResult> ToBotAsync(ChatStart.ChatView chat, string text, bool readable, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (now, problem) = await bot.HearAsync(await TrackedAsync(chat, ct), text, readable, ct);
                return now is null ? problem! : Results.Ok(new ChatSent(null, false, now));
            }
            catch (DbUpdateException e) when (ChatBot.Raced(e) && attempt == 1)
            {
                // The customer's other message began the conversation first: this one continues it.
                db.ChangeTracker.Clear();
                session.Batch.Clear();
            }
        }
    }

    private async Task<ChatSessionEntity> TrackedAsync(ChatStart.ChatView chat, CancellationToken ct) =>
        await db.ChatSessions.SingleAsync(c => c.Id == chat.ChatId, ct);

    private async Task<CaseEntity?> OpenCaseAsync(ChatStart.ChatView chat, CancellationToken ct) => chat.Fallback ? null
        : await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == chat.CaseId && c.Status != CaseStatuses.Closed, ct);

    private static IResult Closed() => Problem.Field(Mistake.Of("chat.closed", "chat",
        "This conversation continues as a ticket (or was closed); start a new chat to write again."), StatusCodes.Status409Conflict);
}
