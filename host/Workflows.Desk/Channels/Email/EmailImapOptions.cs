namespace Workflows.Desk.Channels.Email;

/// <summary>The <c>Channels:Email:Imap</c> section: where the desk's mailbox is and how to sign in to it.</summary>
public sealed class EmailImapOptions
{
    public string? Host { get; set; }

    /// <summary>993, IMAP over TLS, as mail providers serve it; 143 with <see cref="Security"/> auto or none.</summary>
    public int Port { get; set; } = 993;

    /// <summary>ssl (TLS from the first byte, the default), auto (STARTTLS when the server offers it) or none.</summary>
    public string Security { get; set; } = "ssl";

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The folder read; every unseen mail in it is taken and then marked \Seen.</summary>
    public string Folder { get; set; } = "INBOX";
}
