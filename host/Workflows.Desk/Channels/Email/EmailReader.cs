using System.Text;
using Workflows.Desk.Attachments;
using Workflows.Desk.Cases;
using MimeKit;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// Turns a mail from the mailbox into what the desk keeps of it (<see cref="EmailInboundMail"/>): who sent it, what
/// threads it, safe text for the timeline, and every file it carried, decoded.
/// </summary>
public static class EmailReader
{
    public const string NoSubject = "(无主题 / no subject)";
    public const string NoText = "(无正文 / no text)";

    /// <param name="fallbackKey">The mail's place in the mailbox, its key when it has no Message-ID.</param>
    public static EmailInboundMail Read(MimeMessage message, string fallbackKey, IReadOnlyCollection<string> ownAddresses)
    {
        var (address, name) = Sender(message);
        var (text, _) = EmailBodies.Read(message);
        var files = new List<EmailFile>();
        foreach (var part in message.BodyParts)
        {
            if (part is TextPart { IsAttachment: false }) continue; // the bodies, read above
            if (FileOf(part) is { } file) files.Add(file);
        }
        if (text.Length > CustomerReplies.MaxBody)
        {
            // The timeline takes 10,000 characters; the whole text stays with the case as a file.
            files.Add(new EmailFile("message.txt", "text/plain", Encoding.UTF8.GetBytes(text)));
            text = text[..(CustomerReplies.MaxBody - 200)].TrimEnd() + "\n…\n" + EmailTexts.Cut;
        }
        return new EmailInboundMail(KeyOf(message.MessageId, fallbackKey), message.MessageId, ThreadIds(message.InReplyTo, message.References), address, name,
            SubjectOf(message.Subject), text.Length == 0 ? NoText : text, files, AutomaticMail.Reason(message.Headers, address, message.Body?.ContentType, ownAddresses));
    }

    /// <summary>A mail too large to read: only its headers were fetched, the original stays in the mailbox.</summary>
    public static EmailInboundMail ReadTooLarge(HeaderList headers, long size, long max, string fallbackKey, string folder, IReadOnlyCollection<string> ownAddresses)
    {
        // Parsed as a mail of headers only, the way MimeKit reads any mail: the same rules for sender, ids and subject.
        using var raw = new MemoryStream();
        headers.WriteTo(raw);
        raw.Write("\r\n"u8);
        raw.Position = 0;
        var message = MimeMessage.Load(raw);
        var (address, name) = Sender(message);
        return new EmailInboundMail(KeyOf(message.MessageId, fallbackKey), message.MessageId, ThreadIds(message.InReplyTo, message.References), address, name,
            SubjectOf(message.Subject), EmailTexts.TooLarge(size, max, folder), [], AutomaticMail.Reason(headers, address, message.Body?.ContentType, ownAddresses), size);
    }

    private static string KeyOf(string? messageId, string fallbackKey) => string.IsNullOrWhiteSpace(messageId) ? fallbackKey : messageId.Trim();

    /// <summary>The ids a reply names, the one it answers first (In-Reply-To), then its References from the newest back.</summary>
    private static List<string> ThreadIds(string? inReplyTo, MessageIdList references) =>
        references.Reverse().Prepend(inReplyTo ?? "").Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct().Take(50).ToList();

    private static (string Address, string? Name) Sender(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return (from?.Address?.Trim().ToLowerInvariant() ?? "", string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name.Trim());
    }

    private static string SubjectOf(string? subject)
    {
        var line = string.Join(' ', (subject ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length == 0) return NoSubject;
        return line.Length <= IntakeRules.MaxSubject ? line : line[..(IntakeRules.MaxSubject - 1)] + "…";
    }

    private static EmailFile? FileOf(MimeEntity entity)
    {
        using var bytes = new MemoryStream();
        string? name;
        switch (entity)
        {
            case MimePart { Content: not null } part:
                part.Content.DecodeTo(bytes);
                name = part.FileName;
                break;
            case MessagePart { Message: not null } attached:
                attached.Message.WriteTo(bytes);
                name = (attached.Message.Subject is { Length: > 0 } s ? s : "message") + ".eml";
                break;
            default:
                return null;
        }
        var content = bytes.ToArray();
        if (content.Length == 0) return null;
        var fileName = Path.GetFileName(name ?? "") is { Length: > 0 and <= 200 } n ? n : "attachment";
        // The type its bytes show, never the one the mail claims; anything else is kept as bytes and only ever downloaded.
        return new EmailFile(fileName, ContentSniffer.Sniff(content) ?? "application/octet-stream", content);
    }
}
