using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Workflows.Server.Outbox;

/// <summary>
/// Sends <c>email</c> messages by SMTP (MailKit). The outbox id becomes the Message-ID, so a mail sent again
/// after a crash carries the same id and mail systems can drop the duplicate.
/// </summary>
public sealed class SmtpOutboxSender(IOptions<SmtpOptions> options) : IOutboxSender
{
    public bool Handles(string kind) => kind == "email" && !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var payload = MessagePayload.Read(message);
        if (string.IsNullOrWhiteSpace(payload.To))
            throw new InvalidOperationException($"Outbox {message.Id} has no email address to send to.");
        var mail = new MimeMessage { MessageId = $"{message.Id}@workflows", Subject = payload.Subject ?? "" };
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mail.To.Add(MailboxAddress.Parse(payload.To));
        if (payload.InReplyTo is { Length: > 0 } inReplyTo) mail.InReplyTo = inReplyTo;
        foreach (var reference in MimeKit.Utils.MimeUtils.EnumerateReferences(payload.References ?? "")) mail.References.Add(reference);
        // RFC 3834: a notice no person wrote says so, and well-behaved auto-responders stay silent.
        if (payload.Automatic) mail.Headers.Add("Auto-Submitted", "auto-generated");
        mail.Body = new TextPart("plain") { Text = payload.Body ?? "" };

        using var client = new SmtpClient();
        var security = smtp.Security switch { "none" => SecureSocketOptions.None, "ssl" => SecureSocketOptions.SslOnConnect, _ => SecureSocketOptions.Auto };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
