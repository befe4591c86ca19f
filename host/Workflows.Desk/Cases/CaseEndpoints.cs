using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Server.Persistence;
using Workflows.Desk.Database;
using Workflows.Server.Instances;
using Workflows.Server.Problems;

using Microsoft.Extensions.Options;
using Workflows.Desk.Sla;
using Workflows.Desk.Support;

namespace Workflows.Desk.Cases;

public static class CaseEndpoints
{
    public sealed record CaseSummary(Guid Id, string Number, string Channel, string Category, string? Cause, string Priority, string Status,
        string Subject, Guid CustomerId, DateTimeOffset CreatedAt, DateTimeOffset FirstResponseDueAt, DateTimeOffset? FirstRespondedAt,
        DateTimeOffset? FirstResponseBreachedAt, DateTimeOffset? ResolvedAt, int? CsatScore);
    public sealed record ReplyRequest(string? Channel, string? Body);
    public sealed record ReplyResponse(Guid MessageId, bool ReachedFlow);
    public sealed record AgentReplyRequest(string? Body);
    public sealed record ArticleRequest(string? Slug);


    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(p => p.RequireRole(SupportRoles.Staff));
        group.MapPost("/", OpenAsync).Produces<CaseDetails>(StatusCodes.Status201Created);
        group.MapGet("/", (DeskDbContext db, IOptions<BusinessHoursOptions> hours, CancellationToken ct, string? q, string? status, string? category,
                string? priority, string? channel, Guid? customerId, string? number, Guid? instanceId, string? from, string? to, int page = 1, int pageSize = 50) =>
            new CaseSearch(q, status, category, priority, channel, customerId, number, instanceId, from, to, page, pageSize).RunAsync(db, hours.Value.TimeZone, ct))
            .Produces<CaseSearch.CasePage>()
            .WithSummary("Finds cases: q by number, customer (name, phone, email) or words of subject and description; filters; newest first.")
            .WithDescription("from and to are days (yyyy-MM-dd) in the desk's time zone, both included. Without words, Total counts matches up to 1,000 and More says there are more. Words are not counted: Total is the matches up to this page, More says another page follows.");
        group.MapGet("/{id:guid}", async (Guid id, DeskDbContext db, ServerDbContext server, DefinitionCache definitions, CancellationToken ct) =>
            await CaseDetails.LoadAsync(db, server, definitions, id, ct) is { } details ? Results.Ok(details) : Problem.NotFound(NotFoundKind.Case, id)).Produces<CaseDetails>();
        group.MapPost("/{id:guid}/messages", async (Guid id, ReplyRequest request, CustomerReplies replies, ClaimsPrincipal user, CancellationToken ct) =>
            await replies.ReceiveAsync(id, request, user.Identity?.Name, ct)).Produces<ReplyResponse>();
        group.MapPost("/{id:guid}/replies", (Guid id, AgentReplyRequest request, AgentMessages messages, ClaimsPrincipal user, CancellationToken ct) =>
            messages.ReplyAsync(id, request.Body, user.Identity!.Name!, ct)).WithSummary("An agent's reply to the customer, sent on the case's channel.")
            .Produces<AgentMessages.SentMessage>(StatusCodes.Status201Created);
        group.MapPost("/{id:guid}/articles", (Guid id, ArticleRequest request, AgentMessages messages, ClaimsPrincipal user, CancellationToken ct) =>
            messages.SendArticleAsync(id, request.Slug, user.Identity!.Name!, ct)).WithSummary("Sends a knowledge-base article to the customer (educate).")
            .Produces<AgentMessages.SentMessage>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> OpenAsync(IntakeRequest request, HttpRequest http, CaseIntake intake, DeskDbContext db, ServerDbContext server,
        DefinitionCache definitions, ClaimsPrincipal user, CancellationToken ct)
    {
        var key = http.Headers.TryGetValue("Idempotency-Key", out var values) ? values.ToString() : null;
        var outcome = await intake.OpenAsync(request, key, user.Identity?.Name, ct);
        if (outcome.Mistake is not null) return Problem.Field(outcome.Mistake, outcome.Status);
        if (outcome.StepError is not null) return Problem.Step(outcome.StepError);
        var details = await CaseDetails.LoadAsync(db, server, definitions, outcome.Case!.Id, ct);
        return outcome.Created ? Results.Created($"/api/cases/{outcome.Case.Id}", details) : Results.Ok(details);
    }
}
