using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// Reads the desk's mailbox by IMAP: every unseen mail is handed to <see cref="EmailInbox"/> (one scope, one
/// transaction each) and then marked \Seen; then it waits in IDLE until the server announces mail, or at most
/// <see cref="EmailOptions.PollInterval"/>, and looks again. A dropped connection or a server away is retried with
/// pauses doubling from one second. Every host may run one: the receipts make sure a mail is taken once.
/// </summary>
public sealed class EmailMailboxReader(IServiceScopeFactory scopes, IOptions<EmailOptions> options, IOptions<SmtpOptions> smtp, ILogger<EmailMailboxReader> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Receives) return;
        await Task.Yield(); // never hold up the host's start
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var client = new ImapClient { Timeout = 60_000 };
                var folder = await OpenAsync(client, stoppingToken);
                log.LogInformation("Reading mail from {Folder} at {Host}.", folder.FullName, options.Value.Imap.Host);
                pause = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await ReadUnseenAsync(folder, stoppingToken);
                    await WaitAsync(client, folder, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "The mailbox at {Host} is out of reach ({Error}); trying again in {Pause}.", options.Value.Imap.Host, e.Message, pause);
                try { await Task.Delay(pause, stoppingToken); } catch (OperationCanceledException) { return; }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.Value.ReconnectMaxDelay.Ticks));
            }
        }
    }

    private async Task<IMailFolder> OpenAsync(ImapClient client, CancellationToken ct)
    {
        var imap = options.Value.Imap;
        var security = imap.Security switch { "none" => SecureSocketOptions.None, "auto" => SecureSocketOptions.Auto, _ => SecureSocketOptions.SslOnConnect };
        await client.ConnectAsync(imap.Host!, imap.Port, security, ct);
        await client.AuthenticateAsync(imap.UserName!, imap.Password!, ct);
        var folder = imap.Folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(imap.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);
        return folder;
    }

    private async Task ReadUnseenAsync(IMailFolder folder, CancellationToken ct)
    {
        var unseen = await folder.SearchAsync(SearchQuery.NotSeen, ct);
        if (unseen.Count == 0) return;
        var summaries = await folder.FetchAsync(unseen, MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Headers, ct);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId))
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await ReadOneAsync(folder, summary, ct);
                await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, ct);
            }
            catch (Exception e) when (e is not (OperationCanceledException or IOException or ImapProtocolException or ServiceNotConnectedException))
            {
                // This mail failed (the database away, a bug): it stays unseen and is tried again on the next look.
                log.LogError(e, "Mail {Uid} in {Folder} could not be taken; it stays unseen and is tried again.", summary.UniqueId, folder.FullName);
            }
        }
    }

    private async Task ReadOneAsync(IMailFolder folder, IMessageSummary summary, CancellationToken ct)
    {
        var settings = options.Value;
        var fallbackKey = FallbackKey(folder, summary.UniqueId);
        var own = OwnAddresses();
        await using var scope = scopes.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<EmailInbox>();
        var messageId = summary.Headers?[MimeKit.HeaderId.MessageId] is { } raw ? MimeKit.Utils.MimeUtils.EnumerateReferences(raw).FirstOrDefault() : null;
        // Another host took it already (or we did, and crashed before \Seen): nothing to download.
        if (await inbox.ReceivedAsync(messageId ?? fallbackKey, ct)) return;

        var mail = summary.Size > settings.MaxMessageBytes
            ? EmailReader.ReadTooLarge(summary.Headers!, summary.Size.Value, settings.MaxMessageBytes, fallbackKey, folder.FullName, own)
            : EmailReader.Read(await folder.GetMessageAsync(summary.UniqueId, ct), fallbackKey, own);
        if (mail.TooLargeBytes is { } size)
            log.LogWarning("Mail {Key} from {From} is {Size} bytes, over Channels:Email:MaxMessageBytes; only its headers were read, it stays in {Folder}.",
                mail.MessageKey, mail.FromAddress, size, folder.FullName);
        var outcome = await inbox.ReceiveAsync(mail, ct);
        log.LogInformation("Mail {Key} from {From}: {Outcome}.", mail.MessageKey, mail.FromAddress, outcome);
    }

    /// <summary>A mail without Message-ID is known by its place: the mailbox, the folder's UIDVALIDITY and its UID (no "@", so no reply can name it).</summary>
    private string FallbackKey(IMailFolder folder, UniqueId uid)
    {
        var mailbox = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{options.Value.Imap.Host}/{options.Value.Imap.UserName}/{folder.FullName}")))[..12];
        return $"imap:{mailbox}:{folder.UidValidity}:{uid.Id}";
    }

    /// <summary>Mail from these is our own come back (a forwarding loop): the address we send from and, when it is one, the mailbox's.</summary>
    private string[] OwnAddresses() => new[] { smtp.Value.From, options.Value.Imap.UserName }.Where(a => a is not null && a.Contains('@')).Select(a => a!.ToLowerInvariant()).ToArray();

    private async Task WaitAsync(ImapClient client, IMailFolder folder, CancellationToken ct)
    {
        // IDLE until the server says the folder grew, or the poll interval is up (a look anyway, in case a notice was missed).
        using var done = new CancellationTokenSource(options.Value.PollInterval);
        void Arrived(object? sender, EventArgs e) => done.Cancel();
        folder.CountChanged += Arrived;
        try
        {
            if (client.Capabilities.HasFlag(ImapCapabilities.Idle)) await client.IdleAsync(done.Token, ct);
            else
            {
                await Task.Delay(options.Value.PollInterval, ct);
                await client.NoOpAsync(ct);
            }
        }
        finally
        {
            folder.CountChanged -= Arrived;
        }
    }
}
