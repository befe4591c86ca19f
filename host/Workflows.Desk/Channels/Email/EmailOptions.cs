namespace Workflows.Desk.Channels.Email;

/// <summary>
/// The <c>Channels:Email</c> section: the mailbox customers write to, read by IMAP. Without <c>Imap:Host</c> the
/// channel reads nothing (replies to email cases still go out through <c>Outbox:Smtp</c>).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Channels:Email";

    public EmailImapOptions Imap { get; set; } = new();

    /// <summary>
    /// The largest mail read whole (10 MiB, as the attachments' limit). A larger one is not downloaded: its case gets a
    /// note naming its size, and the original stays in the mailbox, so nothing is lost.
    /// </summary>
    public long MaxMessageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// How long the reader waits for news before looking at the mailbox again: the longest IDLE (servers drop idle
    /// connections after 30 minutes), or the pause between polls on a server without IDLE.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest pause between reconnection attempts when the server is away (1 s, doubling up to this).</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public bool Receives => !string.IsNullOrWhiteSpace(Imap.Host);
}
