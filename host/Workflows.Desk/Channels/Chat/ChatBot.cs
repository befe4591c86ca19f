using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Workflows.Desk.Bot;
using Workflows.Desk.Database;
using Workflows.Server.Database;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// The bot's turn on the customer page (<see cref="BotConversations"/>, as on WeChat): until a person is needed the chat
/// has no case, and what the customer writes gets the best published article and "did this solve it?" on the stream.
/// A no, a request for a person, fraud, low confidence or a file hands the chat to an agent: its case opens (live, or as a
/// ticket when nobody is on) with the transcript, and the same page goes on with the agent.
/// </summary>
public sealed class ChatBot(DeskDbContext db, DatabaseSession session, BotConversations bot, ChatCaseOpener cases,
    IOptions<ChatOptions> options, IOptions<BotOptions> botOptions, TimeProvider clock)
{
    /// <summary>Entry kinds of the bot's words: an article asks "did this solve it?" (the page offers the two answers).</summary>
    public const string Said = "bot", Asks = "bot-answer";

    /// <summary>Whether a new chat goes to the bot first.</summary>
    public bool Answers => options.Value.Bot && botOptions.Value.Enabled;

    /// <param name="chat">The chat, tracked (new or loaded): it has no case yet.</param>
    /// <param name="readable">False for a file: the bot cannot read it, so an agent takes over.</param>
    public async Task<(ChatStart.ChatView? Chat, IResult? Problem)> HearAsync(ChatSessionEntity chat, string text, bool readable, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (readable) ChatLog.Append(session.Batch, chat.Id, "inbound", "message", text, null, now);
        var turn = await bot.HearAsync(chat.CustomerId, ContactChannels.Chat, $"chat:{Guid.CreateVersion7()}", text, readable, ct);
        // No turn: the bot was switched off since the chat began (or a file came first); a person takes it as it is.
        if (turn is null) return await cases.OpenAsync(chat, text, firstWords: false, null, ct);
        // A hand-off's words ("an agent will reply here") go on the page only when an agent will; else the ticket's notice says how.
        if (turn.HandOff is { } conversation)
            return await cases.OpenAsync(chat, BotConversations.Description(conversation), firstWords: false, c => bot.Alongside(conversation, c), ct, turn.Reply);
        // The conversation still open after this turn means the reply ends with the article's question.
        var asks = db.BotConversations.Local.Any(c => c.CustomerId == chat.CustomerId && c.Status == BotConversationStatuses.Open);
        ChatLog.Append(session.Batch, chat.Id, "outbound", asks ? Asks : Said, turn.Reply, null, now);
        await session.SaveChangesAsync(ct);
        return (View(chat), null);
    }

    /// <summary>
    /// Two messages of one customer reached the bot at once and each began a conversation: the database keeps one open
    /// conversation per customer, so the second save fails, and its caller starts over with the first committed.
    /// </summary>
    public static bool Raced(DbUpdateException e) => e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public static ChatStart.ChatView View(ChatSessionEntity chat) =>
        new(chat.Id, null, null, false, chat.Language, ContactChannels.Chat, Bot: true);
}
