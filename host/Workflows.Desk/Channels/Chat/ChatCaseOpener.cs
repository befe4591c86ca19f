using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Desk.Routing;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// Opens the case of a chat through intake, with the chat's entries in the same transaction. When nobody of the front
/// line is online and on shift, the case opens on the customer's verified channel (email, or phone answered by SMS)
/// instead, and the page says the conversation became a ticket: nobody waits at a silent page.
/// </summary>
public sealed class ChatCaseOpener(DeskDbContext db, DatabaseSession session, CaseIntake intake, RoutingFloor floor, IOptions<ChatOptions> options, TimeProvider clock)
{
    /// <param name="chat">The chat, tracked by the desk's context (new, or the bot's until now); it gets the case.</param>
    /// <param name="description">The customer's words the case starts with.</param>
    /// <param name="firstWords">Whether <paramref name="description"/> is news to the page, to be shown as the customer's first entry.</param>
    /// <param name="alongside">More rows for the case's first transaction (the bot's transcript).</param>
    /// <param name="handOff">The bot's words as it hands over ("an agent will reply here"): shown only when one will.</param>
    public async Task<(ChatStart.ChatView? Chat, IResult? Problem)> OpenAsync(ChatSessionEntity chat, string description, bool firstWords,
        Func<CaseEntity, IEnumerable<object>>? alongside, CancellationToken ct, string? handOff = null)
    {
        var verifiedOn = await db.ChatCodes.AsNoTracking().Where(c => c.Id == chat.CodeId).Select(c => c.Channel).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var online = (await floor.AvailableAsync(options.Value.Team, now, ct)).Count > 0;
        chat.Fallback = !online;
        var text = description.Length <= IntakeRules.MaxDescription ? description : description[..(IntakeRules.MaxDescription - 1)] + "…";
        var request = new IntakeRequest(online ? ContactChannels.Chat : verifiedOn, new CustomerReference(chat.CustomerId, null, null, null, null, null, null, null),
            ChatTexts.Subject(text), text, null, null, null, null);
        var opened = await intake.OpenAsync(request, null, null, ct, created =>
        {
            chat.CaseId = created.Id;
            if (firstWords)
            {
                // Intake's own message is the customer's first words; the page shows them, then the desk's answer.
                var first = db.CaseMessages.Local.First(m => m.CaseId == created.Id);
                ChatLog.Append(session.Batch, chat.Id, "inbound", "message", text, first.Id, now);
            }
            if (online && handOff is not null) ChatLog.Append(session.Batch, chat.Id, "outbound", ChatBot.Said, handOff, null, now);
            var notice = online ? ChatTexts.Welcome(chat.Language, created.Number) : ChatTexts.Fallback(chat.Language, created.Number, verifiedOn);
            ChatLog.Append(session.Batch, chat.Id, "system", "notice", notice, null, now);
            return alongside?.Invoke(created) ?? [];
        });
        if (opened.Case is null) return (null, opened.StepError is { } error ? Problem.Step(error) : Problem.Field(opened.Mistake!, opened.Status));
        return (new ChatStart.ChatView(chat.Id, opened.Case.Id, opened.Case.Number, chat.Fallback, chat.Language, opened.Case.Channel, Bot: false), null);
    }
}
