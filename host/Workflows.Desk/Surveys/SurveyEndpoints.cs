using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Surveys;

/// <summary>The public survey page: no sign-in, reached by a signed link, rate-limited per address.</summary>
public static class SurveyEndpoints
{
    public const string RateLimitPolicy = "survey";

    public static void MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/survey").AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription();
        group.MapGet("/{token}", async (string token, SurveyTokens tokens, DeskDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var (status, language, survey) = await CheckAsync(token, tokens, db, clock, ct);
            if (status is not null) return Html(SurveyPageHtml.Message(language, status.Value), StatusOf(status.Value));
            var number = await db.Cases.AsNoTracking().Where(c => c.Id == survey!.CaseId).Select(c => c.Number).SingleAsync(ct);
            return Html(SurveyPageHtml.Form(language, number, $"/survey/{token}"), StatusCodes.Status200OK);
        });
        group.MapPost("/{token}", async (string token, HttpRequest request, SurveyTokens tokens, DeskDbContext db, SurveyAnswers answers, TimeProvider clock,
            CancellationToken ct) =>
        {
            var (status, language, survey) = await CheckAsync(token, tokens, db, clock, ct);
            if (status is not null) return Html(SurveyPageHtml.Message(language, status.Value), StatusOf(status.Value));
            var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
            if (!int.TryParse(form?["score"], out var score) || score is < 1 or > 5)
                return Html(SurveyPageHtml.Message(language, SurveyPageMessage.BadScore), StatusCodes.Status400BadRequest);
            var comment = form!["comment"].ToString().Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 1000)] : null;
            var result = await answers.AnswerAsync(survey!.Id, score, comment, ct);
            return Html(SurveyPageHtml.Message(language, result), StatusOf(result));
        }).DisableAntiforgery();
    }

    private static async Task<(SurveyPageMessage?, string Language, SurveyEntity?)> CheckAsync(string token, SurveyTokens tokens, DeskDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } claims) return (SurveyPageMessage.Invalid, "en", null);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == claims.SurveyId, ct);
        if (survey is null) return (SurveyPageMessage.Invalid, "en", null);
        var language = await db.Cases.AsNoTracking().Where(c => c.Id == survey.CaseId)
            .Join(db.Customers, c => c.CustomerId, u => u.Id, (c, u) => u.Language).SingleAsync(ct);
        if (survey.AnsweredAt is not null) return (SurveyPageMessage.Used, language, survey);
        if (claims.ExpiresAt <= clock.GetUtcNow()) return (SurveyPageMessage.Expired, language, survey);
        return (null, language, survey);
    }

    private static int StatusOf(SurveyPageMessage message) => message switch
    {
        SurveyPageMessage.Thanks => StatusCodes.Status200OK,
        SurveyPageMessage.Invalid => StatusCodes.Status400BadRequest,
        SurveyPageMessage.BadScore => StatusCodes.Status400BadRequest,
        SurveyPageMessage.Expired => StatusCodes.Status410Gone,
        _ => StatusCodes.Status409Conflict,
    };

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
