using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Database.Signals;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// <c>/api/cases/{id}/chat</c>: the chat beside a case, for agents: whether the customer is typing, and telling the
/// customer's page that the agent is. Replies themselves go as any reply does (<c>POST /api/cases/{id}/replies</c>).
/// </summary>
public static class ChatAgentEndpoints
{
    /// <summary>How long one typing notice counts: the page sends one every few seconds while keys are pressed.</summary>
    public static readonly TimeSpan TypingLasts = TimeSpan.FromSeconds(6);

    public sealed record ChatStatus(Guid ChatId, DateTimeOffset StartedAt, bool Fallback, string Language, bool CustomerTyping);

    public static void MapChatAgentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}/chat").WithTags("Cases").RequireAuthorization();
        group.MapGet("/", async (Guid id, DeskDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var since = clock.GetUtcNow() - TypingLasts;
            var chat = await db.ChatSessions.AsNoTracking().Where(c => c.CaseId == id).OrderByDescending(c => c.StartedAt)
                .Select(c => new ChatStatus(c.Id, c.StartedAt, c.Fallback, c.Language, c.CustomerTypingAt > since)).FirstOrDefaultAsync(ct);
            return chat is null ? Problem.NotFound($"A chat on case {id}") : Results.Ok(chat);
        }).Produces<ChatStatus>();
        group.MapPost("/typing", async (Guid id, DeskDbContext db, DatabaseSession session, CancellationToken ct) =>
        {
            var chatId = await db.ChatSessions.AsNoTracking().Where(c => c.CaseId == id && !c.Fallback).OrderByDescending(c => c.StartedAt)
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            if (chatId is null) return Problem.NotFound($"A chat on case {id}");
            DatabaseSignals.Send(session.Batch, ChatLog.Channel, ChatSignal.Typing(chatId.Value, agent: true));
            await session.SaveChangesAsync(ct);
            return Results.NoContent();
        });
    }
}
