using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Bot.Rephrasing;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Bot;

/// <summary>
/// The bot's side of a channel, for customers with no open case: a question gets the best article and "did this solve
/// it?"; 1 ends the conversation as contained, with no case; 2, a request for a person, fraud, low confidence or something
/// the bot cannot read hands the customer over: the channel opens a case, and <see cref="Alongside"/> puts the transcript
/// on it in the same transaction. Nothing is saved here: the channel saves what it tracks with its own receipt. An article
/// may be worded for the question by a model (<see cref="BotRephraser"/>, off by default); nothing else ever is.
/// </summary>
public sealed class BotConversations(DeskDbContext db, BotAnswerer answerer, BotRephraser rephraser, IOptions<BotOptions> options, TimeProvider clock)
{
    /// <summary>What the bot says back; with <see cref="HandOff"/>, the channel must open a case for an agent.</summary>
    public sealed record Turn(string Reply, BotConversationEntity? HandOff);

    /// <summary>The bot's answer to a message, or null when the bot stays out (switched off, or media outside a conversation).</summary>
    public async Task<Turn?> HearAsync(Guid customerId, string channel, string messageKey, string text, bool readable, CancellationToken ct)
    {
        if (!options.Value.Enabled) return null;
        var now = clock.GetUtcNow();
        // A conversation nobody answered in time ends before a new one can start (one open per customer); it stays
        // ended even if this message's own transaction fails, which is what it is anyway.
        var stale = now - options.Value.AnswerTimeout;
        await db.BotConversations.Where(c => c.CustomerId == customerId && c.Status == BotConversationStatuses.Open && c.UpdatedAt < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, BotConversationStatuses.Expired).SetProperty(c => c.EndedAt, (DateTimeOffset?)now), ct);
        var open = await db.BotConversations.SingleOrDefaultAsync(c => c.CustomerId == customerId && c.Status == BotConversationStatuses.Open, ct);
        if (open is null && !readable) return null;

        var conversation = open ?? Start(customerId, channel, text, now);
        conversation.Said = [.. conversation.Said, text];
        conversation.Transcript += BotTexts.Line(now, customer: true, text);
        (conversation.UpdatedAt, conversation.LastMessageKey) = (now, messageKey);
        if (!readable) return HandOff(conversation, BotHandOffs.NotText, now);
        if (open is not null && BotReplies.Solved(text) is { } solved)
        {
            if (!solved) return HandOff(conversation, BotHandOffs.NotSolved, now);
            (conversation.Status, conversation.EndedAt) = (BotConversationStatuses.Contained, now);
            return Say(conversation, BotTexts.Solved(conversation.Language), now, null);
        }

        var answer = await answerer.AnswerAsync(text, conversation.Language, ct);
        if (answer.HandOff is { } reason) return HandOff(conversation, reason, now);
        if (conversation.Articles.Count >= options.Value.MaxAnswers) return HandOff(conversation, BotHandOffs.TooManyQuestions, now);
        var article = answer.Answer!;
        conversation.Articles = [.. conversation.Articles, article.Slug];
        // Only here, with an article to send: hand-offs (fraud above all) never reach the model. Null sends it as written.
        var rephrased = await rephraser.RephraseAsync(text, answer.Language, article, ct);
        return Say(conversation, BotTexts.Answer(answer.Language, article, rephrased), now, null, BotTexts.Sent(article, rephrased is not null));
    }

    /// <summary>What the bot said to this message of the customer's, for a redelivery of it; null if it said nothing.</summary>
    public Task<string?> RepeatAsync(Guid customerId, string messageKey, CancellationToken ct) =>
        db.BotConversations.AsNoTracking().Where(c => c.CustomerId == customerId && c.LastMessageKey == messageKey)
            .Select(c => c.LastReply).FirstOrDefaultAsync(ct);

    /// <summary>The rows a handed-off conversation adds to the case opened for it: the transcript on its timeline.</summary>
    public IReadOnlyList<object> Alongside(BotConversationEntity conversation, CaseEntity opened)
    {
        conversation.CaseId = opened.Id;
        return
        [
            new CaseMessageEntity
            {
                Id = Guid.CreateVersion7(), CaseId = opened.Id, CustomerId = opened.CustomerId, Direction = CaseMessageEntity.Internal,
                Channel = conversation.Channel, Kind = "bot-transcript", Author = "bot", At = clock.GetUtcNow(),
                Body = BotTexts.HandOffNote(conversation.HandOffReason!, conversation.Transcript),
            },
        ];
    }

    /// <summary>The customer's words for the case's description: what they told the bot, first line first; a bare 1 or 2 says nothing of the problem.</summary>
    public static string Description(BotConversationEntity conversation) =>
        string.Join('\n', conversation.Said.Where(s => BotReplies.Solved(s) is null).DefaultIfEmpty(conversation.Said[0]));

    private BotConversationEntity Start(Guid customerId, string channel, string text, DateTimeOffset now)
    {
        var conversation = new BotConversationEntity
        {
            Id = Guid.CreateVersion7(), CustomerId = customerId, Channel = channel, Language = IntakeRules.GuessLanguage(text), StartedAt = now,
        };
        db.BotConversations.Add(conversation);
        return conversation;
    }

    private Turn HandOff(BotConversationEntity conversation, string reason, DateTimeOffset now)
    {
        (conversation.Status, conversation.HandOffReason, conversation.EndedAt) = (BotConversationStatuses.HandedOff, reason, now);
        return Say(conversation, BotTexts.HandingOff(conversation.Language, reason), now, conversation);
    }

    private static Turn Say(BotConversationEntity conversation, string reply, DateTimeOffset now, BotConversationEntity? handOff, string? shown = null)
    {
        conversation.Transcript += BotTexts.Line(now, customer: false, shown ?? reply);
        conversation.LastReply = reply;
        return new Turn(reply, handOff);
    }
}
