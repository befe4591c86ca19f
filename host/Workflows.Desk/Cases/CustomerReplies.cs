using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

using Workflows.Desk.Channels;
using Workflows.Desk.Live;

namespace Workflows.Desk.Cases;

/// <summary>
/// A customer's message on a case, from any channel: it joins the case's timeline, and when the flow waits for
/// the customer ("customer-reply"), it goes on. A closed case takes no replies: the customer opens a new one.
/// </summary>
public sealed class CustomerReplies(DeskDbContext db, ServerDbContext server, DatabaseSession session, WorkflowRuntime runtime, TimeProvider clock)
{
    public const string MessageName = "customer-reply";
    public const int MaxBody = 10_000;

    /// <summary>What became of a message: whether the waiting flow took it, or why the step failed (then nothing was written).</summary>
    public sealed record Delivery(bool ReachedFlow, StepError? Error = null);

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

        var message = Inbound(found, request.Channel, "reply", request.Body.Trim(), actor);
        var delivery = await AppendAsync(found, message, [], actor, ct);
        if (delivery.Error is not null) return Problem.Step(delivery.Error);
        var response = new CaseEndpoints.ReplyResponse(message.Id, delivery.ReachedFlow);
        return delivery.ReachedFlow ? Results.Ok(response) : Results.Accepted($"/api/cases/{caseId}", response);
    }

    /// <summary>A message from the case's customer, not yet saved.</summary>
    public CaseMessageEntity Inbound(CaseEntity found, string channel, string kind, string body, string? author) => new()
    {
        Id = Guid.CreateVersion7(), CaseId = found.Id, CustomerId = found.CustomerId, Direction = "inbound", Channel = channel,
        Kind = kind, Body = body, Author = author, At = clock.GetUtcNow(),
    };

    /// <summary>
    /// Saves <paramref name="message"/> on its case, handing it to the flow when the flow waits for the customer, in one
    /// transaction with the <paramref name="alongside"/> rows (a channel's record that the message was received).
    /// </summary>
    /// <param name="statements">Statements a channel adds to the same transaction (the chat's entry for the message).</param>
    public async Task<Delivery> AppendAsync(CaseEntity found, CaseMessageEntity message, IReadOnlyList<object> alongside, string? actor, CancellationToken ct,
        Action<SqlBatch>? statements = null)
    {
        var waiting = await server.Subscriptions.AsNoTracking()
            .Where(s => s.InstanceId == found.InstanceId && s.MessageName == MessageName).Select(s => (long?)s.LocalId).FirstOrDefaultAsync(ct);
        if (waiting is null)
        {
            await KeepAsync(message, alongside, ct, statements);
            return new Delivery(false);
        }
        db.CaseMessages.Add(message);
        foreach (var row in alongside) db.Add(row);
        statements?.Invoke(session.Batch);
        // The message row rides in the step's transaction: both are written, or neither.
        var outcome = await runtime.ApplyAsync(found.InstanceId!.Value, new ReceiveMessage(waiting.Value, new Dictionary<string, JsonElement>
        {
            ["customerReply"] = JsonSerializer.SerializeToElement(message.Body),
        }), actor, null, ct);
        switch (outcome.Outcome)
        {
            case StepOutcome.Ok: return new Delivery(true);
            case StepOutcome.Failed: return new Delivery(false, outcome.Error);
            default:
                // The flow stopped waiting meanwhile: the message still belongs on the timeline.
                db.ChangeTracker.Clear();
                await KeepAsync(message, alongside, ct, statements);
                return new Delivery(false);
        }
    }

    /// <summary>Saves the message on the timeline only, outside the flow, and repaints the case for agents who have it open.</summary>
    public async Task KeepAsync(CaseMessageEntity message, IReadOnlyList<object> alongside, CancellationToken ct, Action<SqlBatch>? statements = null)
    {
        db.CaseMessages.Add(message);
        foreach (var row in alongside) db.Add(row);
        statements?.Invoke(session.Batch);
        LiveSignal.Send(session.Batch, message.CaseId);
        await session.SaveChangesAsync(ct);
    }
}
