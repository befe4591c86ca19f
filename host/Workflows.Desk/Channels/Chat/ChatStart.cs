using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// A verified customer's first message starts a chat: with the bot first (<see cref="ChatBot"/>) when it is on, else
/// straight to a person on a new case (<see cref="ChatCaseOpener"/>). A reload, a second tab or another device
/// continues the customer's current chat instead.
/// </summary>
public sealed class ChatStart(DeskDbContext db, DatabaseSession session, ChatBot bot, ChatCaseOpener cases, IOptions<ChatOptions> options, TimeProvider clock)
{
    /// <param name="CaseId">Null while the bot answers (<paramref name="Bot"/>): no person has the chat yet.</param>
    public sealed record ChatView(Guid ChatId, Guid? CaseId, string? CaseNumber, bool Fallback, string Language, string Channel, bool Bot);

    private sealed record Latest(ChatSessionEntity Chat, string? Number, string? Channel, string? Status);

    /// <summary>
    /// The customer's newest chat, if it still goes on: its case is being worked, or it is the bot's and began within the
    /// session's lifetime. A newer chat always wins, so an old one never comes back.
    /// </summary>
    public async Task<ChatView?> CurrentAsync(ChatTokens.Identity identity, CancellationToken ct)
    {
        var latest = await (from chat in db.ChatSessions.AsNoTracking()
                            join found in db.Cases.AsNoTracking() on chat.CaseId equals found.Id into cases
                            from found in cases.DefaultIfEmpty()
                            where chat.CustomerId == identity.CustomerId
                            orderby chat.StartedAt descending
                            select new Latest(chat, found.Number, found.Channel, found.Status)).FirstOrDefaultAsync(ct);
        if (latest is null) return null;
        if (latest.Chat.CaseId is null)
            return latest.Chat.StartedAt > clock.GetUtcNow() - options.Value.SessionValidFor ? ChatBot.View(latest.Chat) : null;
        if (latest.Status is CaseStatuses.Resolved or CaseStatuses.Closed) return null;
        return new ChatView(latest.Chat.Id, latest.Chat.CaseId, latest.Number, latest.Chat.Fallback, latest.Chat.Language, latest.Channel!, Bot: false);
    }

    public async Task<IResult> StartAsync(ChatTokens.Identity identity, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return Problem.Field(Mistake.Of("chat.message.required", "message", "Write what we can help with."));
        if (text.Length > CustomerReplies.MaxBody) return Problem.Field(Mistake.Of("chat.message.too-long", "message", $"A message is at most {CustomerReplies.MaxBody:N0} characters."));
        if (await CurrentAsync(identity, ct) is { } open) return Results.Ok(open);
        var language = await db.ChatCodes.AsNoTracking().Where(c => c.Id == identity.CodeId).Select(c => c.Language).SingleAsync(ct);
        var chat = new ChatSessionEntity { Id = Guid.CreateVersion7(), CustomerId = identity.CustomerId, CodeId = identity.CodeId, Language = language, StartedAt = clock.GetUtcNow() };
        db.ChatSessions.Add(chat);
        try
        {
            var (view, problem) = bot.Answers
                ? await bot.HearAsync(chat, text.Trim(), readable: true, ct)
                : await cases.OpenAsync(chat, text.Trim(), firstWords: true, null, ct);
            return view is null ? problem! : Results.Created("/api/chat/session", view);
        }
        catch (DbUpdateException e) when (ChatBot.Raced(e))
        {
            // Another tab of this customer started a chat at the same moment (one bot conversation each): theirs goes on.
            db.ChangeTracker.Clear();
            session.Batch.Clear();
            if (await CurrentAsync(identity, ct) is { } raced) return Results.Ok(raced);
            throw;
        }
    }
}
