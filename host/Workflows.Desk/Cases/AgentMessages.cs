using Microsoft.EntityFrameworkCore;
using Workflows.Activities.Cases;
using Workflows.Activities.Notifications;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;
using Workflows.Desk.Support;

using Workflows.Desk.Live;

namespace Workflows.Desk.Cases;

/// <summary>
/// What an agent sends the customer from the task view: a free reply, or a knowledge-base article (educate). Both go
/// out on the case's channel through the outbox and join the case's timeline under the agent's name.
/// </summary>
public sealed class AgentMessages(DeskDbContext db, DatabaseSession session, SupportCases cases)
{
    public const int MaxReplyLength = 4000;

    public sealed record SentMessage(Guid MessageId, string Channel, string Kind);

    public async Task<IResult> ReplyAsync(Guid caseId, string? body, string agent, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body)) return Problem.Field("body", "Write the reply to send.");
        if (body.Length > MaxReplyLength) return Problem.Field("body", $"A reply is at most {MaxReplyLength} characters.");
        var (file, refusal) = await OpenCaseAsync(caseId, cancellationToken);
        if (refusal is not null) return refusal;
        var subject = file.Customer.Language.StartsWith("zh") ? $"关于您的工单 {file.Number}" : $"About your case {file.Number}";
        return await SendAsync(new CustomerMessage(caseId, "agent-reply", subject, body.Trim()), agent, cancellationToken);
    }

    public async Task<IResult> SendArticleAsync(Guid caseId, string? slug, string agent, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug)) return Problem.Field("slug", "Say which article to send.");
        var (file, refusal) = await OpenCaseAsync(caseId, cancellationToken);
        if (refusal is not null) return refusal;
        var candidates = await db.KbArticles.AsNoTracking().Where(a => a.Slug == slug).ToListAsync(cancellationToken);
        var article = candidates.FirstOrDefault(a => a.Language == file.Customer.Language) ?? candidates.FirstOrDefault();
        if (article is null) return Problem.Field("slug", $"No knowledge-base article is called '{slug}'.", StatusCodes.Status404NotFound);
        var (subject, body) = MessageTemplates.Find("education", file.Customer.Language)!.Render(file.Number, file.Customer.Name, $"{article.Title}: {article.Summary}");
        return await SendAsync(new CustomerMessage(caseId, "education:" + article.Slug, subject, body), agent, cancellationToken);
    }

    private async Task<(CaseFile File, IResult? Refusal)> OpenCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        await cases.FindAsync(caseId, cancellationToken) switch
        {
            null => (null!, Problem.NotFound(NotFoundKind.Case, caseId)),
            { Status: CaseStatuses.Closed } => (null!, Problem.Field("caseId", "The case is closed; open a new one to write to the customer.", StatusCodes.Status409Conflict)),
            var file => (file, null),
        };

    private async Task<IResult> SendAsync(CustomerMessage message, string agent, CancellationToken cancellationToken)
    {
        var sent = await cases.SendAsync(message, agent, cancellationToken);
        LiveSignal.Send(session.Batch, message.CaseId);
        await session.SaveChangesAsync(cancellationToken); // the message and its outbox row together
        return Results.Created($"/api/cases/{message.CaseId}", new SentMessage(sent.Id, sent.Channel, sent.Kind));
    }
}
