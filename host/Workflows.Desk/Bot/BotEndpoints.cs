using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Support;
using Workflows.Server.Problems;

namespace Workflows.Desk.Bot;

/// <summary>
/// Suggested replies for agents: the bot's best articles for the customer's last message on a case. Only ever shown;
/// the agent sends one, unchanged or not, through <c>POST /api/cases/{id}/articles</c> or a reply of their own.
/// </summary>
public static class BotEndpoints
{
    public sealed record Suggestion(string Slug, string Language, string Title, string Summary, double Rank);

    /// <summary>The message read, the articles (best first), the bot's confidence, and why it would hand off, if it would.</summary>
    public sealed record Suggestions(string? Question, string Language, double Confidence, string? HandOff, IReadOnlyList<Suggestion> Articles);

    public static void MapBotEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/cases/{id:guid}/suggestions", async (Guid id, DeskDbContext db, BotAnswerer bot, CancellationToken ct) =>
        {
            var found = await db.Cases.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.Id, Language = db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.Language).FirstOrDefault() }).SingleOrDefaultAsync(ct);
            if (found is null) return Problem.NotFound(NotFoundKind.Case, id);
            var question = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == id && m.Direction == "inbound")
                .OrderByDescending(m => m.At).Select(m => m.Body).FirstOrDefaultAsync(ct);
            var language = found.Language ?? "zh-CN";
            if (string.IsNullOrWhiteSpace(question)) return Results.Ok(new Suggestions(null, language, 0, null, []));
            var answer = await bot.AnswerAsync(question, language, ct);
            return Results.Ok(new Suggestions(question, answer.Language, answer.Confidence, answer.HandOff,
                [.. answer.Articles.Select(a => new Suggestion(a.Slug, a.Language, a.Title, a.Summary, Math.Round(a.Rank, 4)))]));
        }).WithTags("Cases").RequireAuthorization(p => p.RequireRole(SupportRoles.Staff))
        .WithSummary("Articles that may answer the customer's last message, for the agent to send or not; nothing is sent.")
        .Produces<Suggestions>();
}
