using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Desk.Routing;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// A verified customer's first message opens a case through intake, with the chat beside it in the same transaction.
/// When nobody of the front line is online and on shift, the case opens on the customer's verified channel (email or
/// phone, answered by SMS) instead, and the page says the conversation became a ticket: nobody waits at a silent page.
/// </summary>
public sealed class ChatStart(DeskDbContext db, DatabaseSession session, CaseIntake intake, RoutingFloor floor, IOptions<ChatOptions> options, TimeProvider clock)
{
    public sealed record ChatView(Guid ChatId, Guid CaseId, string CaseNumber, bool Fallback, string Language, string Channel);

    /// <summary>The customer's chat whose case is still being worked, if any: a reload, a second tab or another device continues it.</summary>
    public async Task<ChatView?> CurrentAsync(ChatTokens.Identity identity, CancellationToken ct) =>
        await (from chat in db.ChatSessions.AsNoTracking()
               join found in db.Cases.AsNoTracking() on chat.CaseId equals found.Id
               where chat.CustomerId == identity.CustomerId && found.Status != CaseStatuses.Resolved && found.Status != CaseStatuses.Closed
               orderby chat.StartedAt descending
               select new ChatView(chat.Id, found.Id, found.Number, chat.Fallback, chat.Language, found.Channel)).FirstOrDefaultAsync(ct);

    public async Task<IResult> StartAsync(ChatTokens.Identity identity, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return Problem.Field(Mistake.Of("chat.message.required", "message", "Write what we can help with."));
        if (text.Length > CustomerReplies.MaxBody) return Problem.Field(Mistake.Of("chat.message.too-long", "message", $"A message is at most {CustomerReplies.MaxBody:N0} characters."));
        if (await CurrentAsync(identity, ct) is { } open) return Results.Ok(open);
        var code = await db.ChatCodes.AsNoTracking().SingleAsync(c => c.Id == identity.CodeId, ct);
        var now = clock.GetUtcNow();
        var online = (await floor.AvailableAsync(options.Value.Team, now, ct)).Count > 0;
        var channel = online ? ContactChannels.Chat : code.Channel;
        var chat = new ChatSessionEntity { Id = Guid.CreateVersion7(), CustomerId = identity.CustomerId, CodeId = code.Id, Language = code.Language, Fallback = !online, StartedAt = now };
        var body = text.Trim();
        var request = new IntakeRequest(channel, new CustomerReference(identity.CustomerId, null, null, null, null, null, null, null),
            ChatTexts.Subject(body), body, null, null, null, null);
        var opened = await intake.OpenAsync(request, null, null, ct, created =>
        {
            chat.CaseId = created.Id;
            // Intake's own message is the customer's first words; the page shows them, then the desk's answer.
            var first = db.CaseMessages.Local.First(m => m.CaseId == created.Id);
            ChatLog.Append(session.Batch, chat.Id, "inbound", "message", body, first.Id, now);
            var notice = online ? ChatTexts.Welcome(chat.Language, created.Number) : ChatTexts.Fallback(chat.Language, created.Number, code.Channel);
            ChatLog.Append(session.Batch, chat.Id, "system", "notice", notice, null, now);
            return [chat];
        });
        if (opened.Case is null) return opened.StepError is { } error ? Problem.Step(error) : Problem.Field(opened.Mistake!, opened.Status);
        return Results.Created("/api/chat/session", new ChatView(chat.Id, opened.Case.Id, opened.Case.Number, chat.Fallback, chat.Language, opened.Case.Channel));
    }
}
