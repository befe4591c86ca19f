using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities.Cases;
using Workflows.Desk.Alerts;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels;
using Workflows.Desk.Channels.Email;
using Workflows.Desk.Customers;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Knowledge;
using Workflows.Desk.Sla;
using Workflows.Server.Outbox;
using Workflows.Desk.Surveys;

namespace Workflows.Desk.Support;

/// <summary>
/// The activities' view of the desk, on the request's DbContext: what they add is saved by the step's own
/// transaction. <c>Find</c> sees a case added in this step but not yet saved (intake starts the flow that way).
/// </summary>
public sealed class SupportCases(DeskDbContext db, OutboxWriter outbox, SurveyTokens tokens, PublicAddress address, SlaPlanner sla, TimeProvider clock)
    : ISupportCases
{
    public async Task<CaseFile?> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await db.Cases.FindAsync([caseId], cancellationToken) is not { } found) return null;
        var customer = await db.Customers.FindAsync([found.CustomerId], cancellationToken)
            ?? throw new InvalidOperationException($"Case {found.Number} names customer {found.CustomerId}, who does not exist.");
        return new CaseFile(found.Id, found.Number, found.Channel, found.Category, found.Priority, found.Status, found.Subject, found.Description,
            new CustomerProfile(customer.Id, customer.Name, customer.Segment, customer.Language, customer.IdNumberLast4, customer.PhoneLast4),
            found.SuggestedArticles);
    }

    public Task SendAsync(CustomerMessage message, CancellationToken cancellationToken) => SendAsync(message, null, cancellationToken);

    /// <summary>A message to the case's customer on the case's channel, through the outbox; an agent's carries their name.</summary>
    public async Task<CaseMessageEntity> SendAsync(CustomerMessage message, string? author, CancellationToken cancellationToken)
    {
        var found = await RequireAsync(message.CaseId, cancellationToken);
        // A customer created by this very intake is not saved yet: its contacts are on the tracked entity.
        var customer = await db.Customers.FindAsync([found.CustomerId], cancellationToken);
        var contacts = customer?.Contacts is { Count: > 0 } known ? known
            : await db.CustomerContacts.AsNoTracking().Where(c => c.CustomerId == found.CustomerId).ToListAsync(cancellationToken);
        var to = (contacts.FirstOrDefault(c => c.Channel == found.Channel) ?? contacts.FirstOrDefault())?.Address;
        var now = clock.GetUtcNow();
        // A mail answers the customer's last mail and names the case in its subject, so their answer threads back.
        var thread = found.Channel == ContactChannels.Email ? await EmailReplyThread.ForAsync(db, found, message.Kind, message.Subject, cancellationToken) : null;
        var subject = thread?.Subject ?? message.Subject;
        var queued = outbox.Add(found.InstanceId, ContactChannels.OutboxKind(found.Channel),
            new { to, subject, body = message.Body, caseNumber = found.Number, kind = message.Kind, inReplyTo = thread?.InReplyTo, references = thread?.References,
                automatic = author is null });
        var sent = new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = found.Id, CustomerId = found.CustomerId, Direction = "outbound", Channel = found.Channel,
            Kind = message.Kind, Subject = subject, Body = message.Body, OutboxMessageId = queued, At = now, Author = author,
        };
        db.CaseMessages.Add(sent);
        return sent;
    }

    public async Task<IReadOnlyList<string>> FreezeAccountsAsync(Guid caseId, string frozenBy, string reason, CancellationToken cancellationToken)
    {
        var found = await RequireAsync(caseId, cancellationToken);
        var accounts = await db.Accounts.Where(a => a.CustomerId == found.CustomerId && a.FrozenAt == null).ToListAsync(cancellationToken);
        foreach (var account in accounts)
            (account.FrozenAt, account.FrozenBy, account.FrozenReason, account.FrozenForCaseId) = (clock.GetUtcNow(), frozenBy, reason, caseId);
        return accounts.Select(a => a.Number).ToList();
    }

    public async Task UpdateAsync(Guid caseId, CaseUpdate update, CancellationToken cancellationToken)
    {
        var found = await RequireAsync(caseId, cancellationToken);
        found.Category = update.Category ?? found.Category;
        found.Cause = update.Cause ?? found.Cause;
        found.Priority = update.Priority ?? found.Priority;
        if (update.SuggestedArticles is not null) found.SuggestedArticles = [.. update.SuggestedArticles];
        found.Resolution = update.Resolution ?? found.Resolution;
        found.ResolvedBy = update.ResolvedBy ?? found.ResolvedBy;
        // Once not resolved at first contact (escalated, reopened), never again: a later resolution does not undo it.
        found.FirstContactResolution = found.FirstContactResolution == false ? false : update.FirstContactResolution ?? found.FirstContactResolution;
        if (update.Milestone == CaseMilestones.CustomerReplied && found.WaitingSince is { } since)
            await sla.ResumeAsync(found, since, clock.GetUtcNow(), cancellationToken);
        if (update.Milestone is { } milestone) new CaseMilestone(found, clock.GetUtcNow()).Apply(milestone);
        if (update.Milestone == CaseMilestones.SlaWarning) WarnSupervisors(found);
    }

    public async Task<IReadOnlyList<ArticleRef>> FindArticlesAsync(string category, string? cause, string language, int max, CancellationToken cancellationToken)
    {
        var articles = await db.KbArticles.AsNoTracking().Where(a => a.Category == category).ToListAsync(cancellationToken);
        return articles
            .OrderByDescending(a => a.Language == language)
            .ThenByDescending(a => cause is not null && a.Tags.Contains(cause))
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .DistinctBy(a => a.Slug)
            .Take(max)
            .Select(a => new ArticleRef(a.Slug, a.Language, a.Title, a.Summary))
            .ToList();
    }

    public async Task<SurveyLink> OpenSurveyAsync(Guid caseId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var found = await RequireAsync(caseId, cancellationToken);
        var survey = new SurveyEntity { Id = Guid.CreateVersion7(), CaseId = found.Id, SentAt = clock.GetUtcNow(), ExpiresAt = expiresAt };
        db.Surveys.Add(survey);
        return new SurveyLink(survey.Id, $"{address.BaseUrl}/survey/{tokens.Create(survey.Id, expiresAt)}", expiresAt);
    }

    private void WarnSupervisors(CaseEntity found)
    {
        var message = $"Case {found.Number} ({found.Priority}) has not had a first response; due {found.FirstResponseDueAt:u}.";
        db.Alerts.Add(new AlertEntity
        {
            Id = Guid.CreateVersion7(), Kind = "sla-warning", Message = message, Category = found.Category, CaseIds = [found.Id], CreatedAt = clock.GetUtcNow(),
        });
        outbox.Add(found.InstanceId, "team:manager", new { group = "manager", subject = $"SLA warning {found.Number}", body = message });
    }

    private async Task<CaseEntity> RequireAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.FindAsync([caseId], cancellationToken) ?? throw new InvalidOperationException($"Case {caseId} does not exist.");
}
