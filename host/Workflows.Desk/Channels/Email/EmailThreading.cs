using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// Which case a mail continues. First by its headers: In-Reply-To and References naming a mail we sent (the outbox id
/// is our Message-ID) or one the case received. Then by a case number in the subject ("Re: ... [CS-2026-000123]"),
/// but only from an address of that case's customer: a number is easy to guess, and a stranger must not write into
/// someone else's case. Otherwise none: the mail opens a case.
/// </summary>
public sealed partial class EmailThreading(DeskDbContext db)
{
    /// <summary>Our own Message-IDs, as <c>SmtpOutboxSender</c> makes them: the outbox id at "workflows".</summary>
    public const string OwnDomain = "workflows";

    public async Task<CaseEntity?> FindAsync(EmailInboundMail mail, CancellationToken ct)
    {
        if (await ByHeadersAsync(mail.ThreadIds, ct) is { } caseId)
            return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (CaseNumber().Match(mail.Subject) is not { Success: true } number) return null;
        var named = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Number == number.Value, ct);
        if (named is null) return null;
        var fromCustomer = await db.CustomerContacts.AsNoTracking()
            .AnyAsync(c => c.CustomerId == named.CustomerId && c.Channel == ContactChannels.Email && c.Address == mail.FromAddress, ct);
        return fromCustomer ? named : null;
    }

    private async Task<Guid?> ByHeadersAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return null;
        var outboxIds = ids.Select(OutboxIdOf).OfType<Guid>().ToList();
        var sent = outboxIds.Count == 0 ? [] : await db.CaseMessages.AsNoTracking()
            .Where(m => m.OutboxMessageId != null && outboxIds.Contains(m.OutboxMessageId.Value))
            .Select(m => new KeyValuePair<Guid, Guid>(m.OutboxMessageId!.Value, m.CaseId)).ToListAsync(ct);
        var received = await db.EmailReceipts.AsNoTracking().Where(r => ids.Contains(r.MessageKey) && r.CaseId != null)
            .Select(r => new { r.MessageKey, r.CaseId }).ToListAsync(ct);
        // The mail it answers decides; then the newest of its references.
        foreach (var id in ids)
        {
            if (OutboxIdOf(id) is { } outboxId && sent.FirstOrDefault(s => s.Key == outboxId) is { Value: var ours } && ours != Guid.Empty) return ours;
            if (received.FirstOrDefault(r => r.MessageKey == id) is { } theirs) return theirs.CaseId;
        }
        return null;
    }

    private static Guid? OutboxIdOf(string messageId) =>
        messageId.EndsWith("@" + OwnDomain, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(messageId[..^(OwnDomain.Length + 1)], out var id) ? id : null;

    [GeneratedRegex(@"CS-\d{4}-\d{6,}", RegexOptions.CultureInvariant)]
    public static partial Regex CaseNumber();
}
