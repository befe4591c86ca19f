using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Desk.Attachments;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// What one mail does at the desk, in one transaction with its receipt: a reply continues its case (and the flow, when
/// it waits for the customer); anything else opens a case through intake, the customer found or made by the From
/// address; an automatic mail (<see cref="AutomaticMail"/>) only leaves its receipt. Files come along as the case's attachments.
/// </summary>
public sealed class EmailInbox(DeskDbContext db, CaseIntake intake, CustomerReplies replies, EmailThreading threading, TimeProvider clock, ILogger<EmailInbox> log)
{
    /// <returns>What became of the mail, for the log: opened, appended, ignored or duplicate.</returns>
    public async Task<string> ReceiveAsync(EmailInboundMail mail, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleAsync(mail, ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt == 1)
            {
                // Someone committed first: this very mail, read by another host (its receipt), or another mail of the same
                // new customer (their contact). In the first case we are done; in the second, again.
                db.ChangeTracker.Clear();
                if (await ReceivedAsync(mail, ct)) return "duplicate";
            }
        }
    }

    public Task<bool> ReceivedAsync(EmailInboundMail mail, CancellationToken ct) => ReceivedAsync(mail.MessageKey, ct);

    public Task<bool> ReceivedAsync(string messageKey, CancellationToken ct) => db.EmailReceipts.AsNoTracking().AnyAsync(r => r.MessageKey == messageKey, ct);

    private async Task<string> HandleAsync(EmailInboundMail mail, CancellationToken ct)
    {
        if (await ReceivedAsync(mail, ct)) return "duplicate";
        var receipt = new EmailReceiptEntity
        {
            MessageKey = mail.MessageKey, FromAddress = mail.FromAddress, Subject = mail.Subject, Outcome = "", ReceivedAt = clock.GetUtcNow(),
        };
        if (mail.Automatic is { } reason)
        {
            receipt.Outcome = $"ignored: {reason}";
            db.EmailReceipts.Add(receipt);
            await db.SaveChangesAsync(ct);
            log.LogInformation("Mail {Key} from {From} opens nothing: {Reason}.", mail.MessageKey, mail.FromAddress, reason);
            return receipt.Outcome;
        }

        var found = await threading.FindAsync(mail, ct);
        if (found is not null && found.Status is not (CaseStatuses.Resolved or CaseStatuses.Closed))
        {
            (receipt.CaseId, receipt.Outcome) = (found.Id, "appended");
            var reply = replies.Inbound(found, ContactChannels.Email, "reply", mail.Text, mail.FromAddress);
            reply.Subject = mail.Subject;
            var rows = Alongside(receipt, found, mail);
            if ((await replies.AppendAsync(found, reply, rows, null, ct)).Error is { } error)
            {
                // The customer's words must not be lost to a failing step: they stay on the timeline, outside the flow.
                log.LogError("Mail {Key} did not reach the flow of case {Case}: {Error}", mail.MessageKey, found.Number, error.Message);
                db.ChangeTracker.Clear();
                await replies.KeepAsync(reply, rows, ct);
            }
            return $"appended to {found.Number}";
        }

        // A reply to a finished case is news: a new case, which names the old one.
        var text = found is null ? mail.Text : $"{EmailTexts.AfterClosedCase(found.Number)}\n{mail.Text}";
        if (text.Length > IntakeRules.MaxDescription) text = text[..(IntakeRules.MaxDescription - 1)] + "…";
        var request = new IntakeRequest(ContactChannels.Email,
            new CustomerReference(null, null, mail.FromAddress, null, null, EmailTexts.NewCustomerName(mail.FromAddress, mail.FromName), null, null),
            mail.Subject, text, null, null, null, null);
        receipt.Outcome = "opened";
        // The mail's key is also the case's idempotency key: another host reading the same mail at once finds this case.
        var opened = await intake.OpenAsync(request, mail.CaseKey, null, ct, opening => Alongside(receipt, opening, mail));
        if (opened.Case is null)
            throw new InvalidOperationException($"Mail {mail.MessageKey} could not open a case: {opened.StepError?.Message ?? opened.Mistake?.Message}");
        return opened.Created ? $"opened {opened.Case.Number}" : "duplicate";
    }

    /// <summary>The receipt, and the mail's files as the case's attachments, each with its line on the timeline.</summary>
    private static List<object> Alongside(EmailReceiptEntity receipt, CaseEntity found, EmailInboundMail mail)
    {
        receipt.CaseId = found.Id;
        var rows = new List<object> { receipt };
        foreach (var file in mail.Files)
        {
            var stored = new AttachmentEntity
            {
                Id = Guid.CreateVersion7(), CaseId = found.Id, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length,
                Content = file.Content, UploadedBy = mail.FromAddress, At = receipt.ReceivedAt,
            };
            rows.Add(stored);
            rows.Add(new CaseMessageEntity
            {
                Id = Guid.CreateVersion7(), CaseId = found.Id, CustomerId = found.CustomerId, Direction = "inbound", Channel = ContactChannels.Email,
                Kind = "attachment", Body = file.FileName, Author = mail.FromAddress, At = receipt.ReceivedAt, AttachmentId = stored.Id,
            });
        }
        return rows;
    }
}
