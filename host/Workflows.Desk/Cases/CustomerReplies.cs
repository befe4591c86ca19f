using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

using Workflows.Desk.Channels;

namespace Workflows.Desk.Cases;

/// <summary>
/// A customer's message on a case, from any channel: it joins the case's timeline, and when the flow waits for
/// the customer ("customer-reply"), it goes on. A closed case takes no replies: the customer opens a new one.
/// </summary>
public sealed class CustomerReplies(DeskDbContext db, ServerDbContext server, WorkflowRuntime runtime, TimeProvider clock)
{
    public const string MessageName = "customer-reply";
    public const int MaxBody = 10_000;

    public async Task<IResult> ReceiveAsync(Guid caseId, CaseEndpoints.ReplyRequest request, string? actor, CancellationToken ct)
    {
        if (request.Channel is null || !ContactChannels.All.Contains(request.Channel))
            return Problem.Field("channel", $"Say which channel the reply came through: {string.Join(", ", ContactChannels.All)}.");
        if (string.IsNullOrWhiteSpace(request.Body)) return Problem.Field("body", "The reply is empty.");
        if (request.Body.Length > MaxBody) return Problem.Field("body", $"The reply is {request.Body.Length:N0} characters; at most {MaxBody:N0} fit.");
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) return Problem.NotFound(NotFoundKind.Case, caseId);
        if (found.Status == CaseStatuses.Closed)
            return Problem.Field("caseId", $"Case {found.Number} is closed; a new contact opens a new case.", StatusCodes.Status409Conflict);

        var message = new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = found.Id, CustomerId = found.CustomerId, Direction = "inbound", Channel = request.Channel,
            Kind = "reply", Body = request.Body.Trim(), Author = actor, At = clock.GetUtcNow(),
        };
        var waiting = await server.Subscriptions.AsNoTracking()
            .Where(s => s.InstanceId == found.InstanceId && s.MessageName == MessageName).Select(s => (long?)s.LocalId).FirstOrDefaultAsync(ct);
        db.CaseMessages.Add(message);
        if (waiting is null)
        {
            await db.SaveChangesAsync(ct);
            return Results.Accepted($"/api/cases/{caseId}", new CaseEndpoints.ReplyResponse(message.Id, false));
        }
        // The message row rides in the step's transaction: both are written, or neither.
        var outcome = await runtime.ApplyAsync(found.InstanceId!.Value, new ReceiveMessage(waiting.Value, new Dictionary<string, JsonElement>
        {
            ["customerReply"] = JsonSerializer.SerializeToElement(message.Body),
        }), actor, null, ct);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new CaseEndpoints.ReplyResponse(message.Id, true)),
            StepOutcome.Failed => Problem.Step(outcome.Error!),
            _ => await SaveUnmatchedAsync(message, caseId, ct),
        };
    }

    private async Task<IResult> SaveUnmatchedAsync(CaseMessageEntity message, Guid caseId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.CaseMessages.Add(message);
        await db.SaveChangesAsync(ct);
        return Results.Accepted($"/api/cases/{caseId}", new CaseEndpoints.ReplyResponse(message.Id, false));
    }
}
