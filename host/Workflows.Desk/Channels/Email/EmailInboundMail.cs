namespace Workflows.Desk.Channels.Email;

/// <summary>
/// A mail as the desk reads it, already made safe: text rather than HTML, files as bytes with a checked name.
/// <see cref="Automatic"/> says why it must open nothing (an auto-reply, a bounce, our own mail come back).
/// </summary>
public sealed record EmailInboundMail(
    string MessageKey,
    string? MessageId,
    IReadOnlyList<string> ThreadIds,
    string FromAddress,
    string? FromName,
    string Subject,
    string Text,
    IReadOnlyList<EmailFile> Files,
    string? Automatic,
    long? TooLargeBytes = null)
{
    /// <summary>The idempotency key of the case this mail opens: the same mail read twice opens one case.</summary>
    public string CaseKey => "email:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(MessageKey)))[..40];
}

/// <summary>A file that came with a mail: an attachment, an inline picture, or the whole text when it was too long for the timeline.</summary>
public sealed record EmailFile(string FileName, string ContentType, byte[] Content);
