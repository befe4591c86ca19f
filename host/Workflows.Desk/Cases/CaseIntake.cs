using Workflows.Server.Problems;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities.Diagnosis;
using Workflows.Definitions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Desk.Calls;
using Workflows.Desk.Customers;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Sla;
using Workflows.Desk.Support;

namespace Workflows.Desk.Cases;

/// <summary>
/// Step 1: a contact becomes a case. The customer is found by any identifier (or created), the text is
/// classified for a first priority, the SLA targets are planned, and the support flow starts; case, message
/// and instance commit together in the flow's first step, or nothing is written.
/// </summary>
public sealed class CaseIntake(DeskDbContext db, ServerDbContext server, WorkflowRuntime runtime, SlaPlanner sla, CallLog calls, IOptions<SupportOptions> options,
    TimeProvider clock)
{
    public sealed record Outcome(CaseEntity? Case, bool Created, Mistake? Mistake = null, int Status = 201, StepError? StepError = null);

    /// <param name="alongside">Rows a channel saves with the new case, in its first step's transaction (a mail's receipt and files, the bot's transcript of a hand-off).</param>
    public async Task<Outcome> OpenAsync(IntakeRequest request, string? idempotencyKey, string? actor, CancellationToken cancellationToken,
        Func<CaseEntity, IEnumerable<object>>? alongside = null)
    {
        if (IntakeRules.Check(request, idempotencyKey, clock.GetUtcNow()) is { } broken) return new Outcome(null, false, broken, 400);
        if (idempotencyKey is not null && await FindByKeyAsync(idempotencyKey, cancellationToken) is { } earlier) return new Outcome(earlier, false, Status: 200);

        var text = $"{request.Subject} {request.Description}";
        var (customer, missing) = await FindOrCreateCustomerAsync(request.Customer!, text, cancellationToken);
        if (customer is null) return new Outcome(null, false, missing!.Value.Mistake, missing.Value.Status);
        var definitionId = await server.Definitions.AsNoTracking().Where(d => d.Key == ShippedDefinitions.SupportFlowKey)
            .OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The support flow '{ShippedDefinitions.SupportFlowKey}' is not published.");

        var now = clock.GetUtcNow();
        var diagnosis = DiagnosisRules.Diagnose(request.Subject, request.Description, request.ResponseCode, null, request.Priority);
        var (policy, targets) = await sla.PlanAsync(diagnosis.Priority, customer.Segment, request.Channel!, now, cancellationToken);
        var sequence = await db.Database.SqlQueryRaw<long>($"SELECT nextval('{DeskTables.CaseNumbers}') AS \"Value\"").SingleAsync(cancellationToken);
        var entity = new CaseEntity
        {
            Id = Guid.CreateVersion7(), Number = $"CS-{now.Year}-{sequence:D6}", CustomerId = customer.Id, InstanceId = Guid.CreateVersion7(),
            IdempotencyKey = idempotencyKey, Channel = request.Channel!, Subject = request.Subject!.Trim(), Description = request.Description!.Trim(),
            Category = diagnosis.Category, Cause = diagnosis.Cause, Priority = diagnosis.Priority, Status = CaseStatuses.New,
            MerchantRef = request.MerchantRef, Region = request.Region ?? customer.Region, CreatedAt = now,
            FirstResponseDueAt = targets.FirstResponseDueAt, ResolutionDueAt = targets.ResolutionDueAt, SlaPolicyId = policy.Id,
        };
        db.Cases.Add(entity);
        db.CaseMessages.Add(new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = entity.Id, CustomerId = customer.Id, Direction = "inbound", Channel = entity.Channel, Kind = "intake",
            Subject = entity.Subject, Body = entity.Description, Author = actor, At = now,
        });
        if (request.Call is not null) calls.Add(entity.Id, customer.Id, request.Call, actor ?? "system");
        foreach (var row in alongside?.Invoke(entity) ?? []) db.Add(row);

        try
        {
            var outcome = await runtime.StartAsync(definitionId, entity.InstanceId.Value, new StartInstance(Variables(entity, customer, targets), entity.Number),
                actor, cancellationToken);
            return outcome.Succeeded ? new Outcome(entity, true) : new Outcome(null, false, Status: 422, StepError: outcome.Error);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key arrived twice at once and the other request won the unique index: answer with its case.
            db.ChangeTracker.Clear();
            if (await FindByKeyAsync(idempotencyKey, cancellationToken) is { } winner) return new Outcome(winner, false, Status: 200);
            throw;
        }
    }

    private Task<CaseEntity?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);

    private async Task<(CustomerEntity?, (Mistake Mistake, int Status)?)> FindOrCreateCustomerAsync(CustomerReference reference, string text,
        CancellationToken cancellationToken)
    {
        if (reference.Id is { } id)
        {
            if (await db.Customers.FindAsync([id], cancellationToken) is { } known) return (known, null);
            return (null, (Mistake.Of("case.customer.id.unknown", "customer.id", $"There is no customer {id}.", ("id", id)), 404));
        }
        foreach (var (channel, address) in reference.ContactPoints())
        {
            var contact = await db.CustomerContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Channel == channel && c.Address == address, cancellationToken);
            if (contact is not null) return (await db.Customers.FindAsync([contact.CustomerId], cancellationToken), null);
        }
        if (string.IsNullOrWhiteSpace(reference.Name))
            return (null, (Mistake.Of("case.customer.name.required", "customer.name", "No customer has these contact points yet; give their name to create one."), 400));
        var customer = new CustomerEntity
        {
            Id = Guid.CreateVersion7(), Name = reference.Name.Trim(), Segment = reference.Segment ?? CustomerSegments.Consumer,
            Language = reference.Language ?? IntakeRules.GuessLanguage(text), PhoneLast4 = reference.Phone is { Length: >= 4 } p ? p.Trim()[^4..] : null,
            CreatedAt = clock.GetUtcNow(),
        };
        customer.Contacts.AddRange(reference.ContactPoints().Select(c => new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = c.Channel, Address = c.Address }));
        db.Customers.Add(customer);
        return (customer, null);
    }

    private Dictionary<string, JsonElement> Variables(CaseEntity entity, CustomerEntity customer, SlaTargets targets)
    {
        var support = options.Value;
        return new Dictionary<string, JsonElement>
        {
            ["caseId"] = JsonSerializer.SerializeToElement(entity.Id),
            ["caseNumber"] = JsonSerializer.SerializeToElement(entity.Number),
            ["channel"] = JsonSerializer.SerializeToElement(entity.Channel),
            ["category"] = JsonSerializer.SerializeToElement(entity.Category),
            // The understand form opens with the intake's reading of the category; the agent confirms or corrects it.
            ["agentCategory"] = JsonSerializer.SerializeToElement(entity.Category),
            // ... and with the name on the customer's record, which the agent confirms; the phone's last four digits,
            // asked of the caller, stay blank: they are the identity check.
            ["capturedName"] = JsonSerializer.SerializeToElement(customer.Name),
            ["priority"] = JsonSerializer.SerializeToElement(entity.Priority),
            ["segment"] = JsonSerializer.SerializeToElement(customer.Segment),
            ["language"] = JsonSerializer.SerializeToElement(customer.Language),
            ["slaWarnAt"] = JsonSerializer.SerializeToElement(targets.WarnAt.ToString("O")),
            ["slaDueAt"] = JsonSerializer.SerializeToElement(targets.FirstResponseDueAt.ToString("O")),
            ["surveyDelay"] = JsonSerializer.SerializeToElement(support.SurveyDelay),
            ["surveyValidFor"] = JsonSerializer.SerializeToElement(support.SurveyValidFor),
            ["callbackDelay"] = JsonSerializer.SerializeToElement(support.CallbackDelay),
            ["callbackDue"] = JsonSerializer.SerializeToElement(support.CallbackDue),
            ["escalatedTo"] = JsonSerializer.SerializeToElement("l1"),
            ["askedCustomer"] = JsonSerializer.SerializeToElement(false),
        };
    }
}
