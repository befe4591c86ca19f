using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Surveys;

/// <summary>
/// Records a survey answer once: the score lands on the survey and the case, the answer joins the case's
/// timeline, and the waiting flow hears "survey-answered" with the score, all in one transaction. The survey row
/// is claimed inside that transaction, so two clicks at once record one answer.
/// </summary>
public sealed class SurveyAnswers(DeskDbContext db, ServerDbContext server, DatabaseSession session, WorkflowRuntime runtime, TimeProvider clock)
{
    public const string MessageName = "survey-answered";

    public async Task<SurveyPageMessage> AnswerAsync(Guid surveyId, int score, string? comment, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null) return SurveyPageMessage.Invalid;
        if (survey.AnsweredAt is not null) return SurveyPageMessage.Used;
        var now = clock.GetUtcNow();
        if (survey.ExpiresAt <= now) return SurveyPageMessage.Expired;

        var found = await db.Cases.SingleAsync(c => c.Id == survey.CaseId, ct);
        (found.CsatScore, found.CsatComment) = (score, comment);
        db.CaseMessages.Add(new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = found.Id, CustomerId = found.CustomerId, Direction = "inbound", Channel = found.Channel, Kind = "survey-answer",
            Body = comment is null ? $"★ {score}/5" : $"★ {score}/5 {comment}", At = now,
        });
        async Task<bool> Claim(CancellationToken token) => await db.Database.ExecuteSqlRawAsync(
            $"UPDATE {DeskTables.Surveys} SET answered_at = {{0}}, score = {{1}}, comment = {{2}} WHERE id = {{3}} AND answered_at IS NULL",
            [now, score, new NpgsqlParameter<string?>("comment", comment), surveyId], token) == 1;

        var waiting = await server.Subscriptions.AsNoTracking().Where(s => s.InstanceId == found.InstanceId && s.MessageName == MessageName)
            .Select(s => (long?)s.LocalId).FirstOrDefaultAsync(ct);
        if (waiting is null)
        {
            // The flow no longer waits (it expired the survey a moment ago): keep the answer all the same.
            await using var transaction = await session.BeginAsync(ct);
            if (!await Claim(ct)) return SurveyPageMessage.Used;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return SurveyPageMessage.Thanks;
        }
        var outcome = await runtime.ApplyAsync(found.InstanceId!.Value, new ReceiveMessage(waiting.Value, new Dictionary<string, JsonElement>
        {
            ["surveyScore"] = JsonSerializer.SerializeToElement(score),
            ["surveyComment"] = JsonSerializer.SerializeToElement(comment),
        }), "customer", Claim, ct);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => SurveyPageMessage.Thanks,
            StepOutcome.Stale => SurveyPageMessage.Used,
            _ => throw new InvalidOperationException($"Recording the survey answer failed: {outcome.Error?.Message}"),
        };
    }
}
