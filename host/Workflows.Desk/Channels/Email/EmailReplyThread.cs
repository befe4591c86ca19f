using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// The headers that keep a mail to the customer in their conversation: In-Reply-To their latest mail, References to
/// every mail of theirs on the case, and a subject carrying the case number ("Re: their subject [CS-2026-000123]"),
/// so their mail program threads it and their answer finds its way back (<see cref="EmailThreading"/>).
/// </summary>
public sealed record EmailReplyThread(string Subject, string? InReplyTo, string? References)
{
    private const int MaxReferences = 20;

    public static async Task<EmailReplyThread> ForAsync(DeskDbContext db, CaseEntity found, string kind, string? subject, CancellationToken ct)
    {
        var saved = await db.EmailReceipts.AsNoTracking().Where(r => r.CaseId == found.Id).OrderByDescending(r => r.ReceivedAt).Take(MaxReferences)
            .Select(r => new { r.MessageKey, r.Subject, r.ReceivedAt }).ToListAsync(ct);
        // A message sent in the step that the mail itself started (the flow's acknowledgement) sees its receipt unsaved yet.
        var theirs = db.EmailReceipts.Local.Where(r => r.CaseId == found.Id).Select(r => new { r.MessageKey, r.Subject, r.ReceivedAt })
            .Concat(saved).DistinctBy(r => r.MessageKey).OrderByDescending(r => r.ReceivedAt).Take(MaxReferences).ToList();
        var ids = theirs.Select(r => r.MessageKey).Where(k => k.Contains('@')).ToList(); // a mail without Message-ID has a key no one can reference
        var latest = theirs.FirstOrDefault();
        // An agent's reply answers the customer's last mail under its subject; other messages keep their own.
        var line = kind == "agent-reply" && latest?.Subject is { Length: > 0 } theirSubject && theirSubject != EmailReader.NoSubject
            ? "Re: " + StripReplyPrefixes(theirSubject)
            : subject ?? found.Subject;
        if (!line.Contains(found.Number, StringComparison.Ordinal)) line += $" [{found.Number}]";
        return new EmailReplyThread(line, ids.FirstOrDefault(), ids.Count == 0 ? null : string.Join(' ', ids.AsEnumerable().Reverse().Select(id => $"<{id}>")));
    }

    private static string StripReplyPrefixes(string subject)
    {
        var line = subject.Trim();
        string[] prefixes = ["re:", "aw:", "回复:", "回复：", "答复:", "答复："];
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var prefix in prefixes)
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) (line, stripped) = (line[prefix.Length..].TrimStart(), true);
        }
        return line;
    }
}
