using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Workflows.Tests.Support;

/// <summary>
/// A real IMAP server for the email channel's tests: Debian's dovecot (package dovecot-imapd, which ./test.sh installs),
/// run in the foreground under a configuration in a folder of its own, on 127.0.0.1 and a free port, with one
/// mailbox (a passwd-file user and a Maildir in that folder). Mail is put in by IMAP APPEND, as a mail server's
/// delivery would. <see cref="StopAsync"/> and <see cref="StartAsync()"/> play a server going away and coming back.
/// </summary>
public sealed class Dovecot : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/dovecot";
    public const string UserName = "support@desk.test";
    public const string Password = "imap-secret-2026";

    private readonly string _folder = Directory.CreateTempSubdirectory("dovecot-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    public static async Task<Dovecot> StartNewAsync()
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"The email tests need Debian's dovecot-imapd at {Binary}: run ./test.sh as root, or `sudo apt-get install dovecot-imapd`.");
        var server = new Dovecot();
        server.WriteConfiguration();
        await server.StartAsync();
        return server;
    }

    private void WriteConfiguration()
    {
        // As root, the mailbox belongs to nobody: dovecot refuses to run a mail user as root. Otherwise, to whoever runs the tests.
        var root = Environment.UserName == "root";
        var (uid, gid) = root ? ("65534", "65534") : (Id("-u"), Id("-g"));
        var mail = Path.Combine(_folder, "mail");
        Directory.CreateDirectory(mail);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101); // dovecot's mail user must reach the Maildir
        if (root) Process.Start("chown", [$"{uid}:{gid}", mail])!.WaitForExit();
        File.WriteAllText(Path.Combine(_folder, "passwd"), $"{UserName}:{{PLAIN}}{Password}:{uid}:{gid}::{mail}\n");
        var internalUser = root ? "dovecot" : Environment.UserName;
        var loginUser = root ? "dovenull" : Environment.UserName;
        File.WriteAllText(Path.Combine(_folder, "dovecot.conf"), $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{_folder}}/run
            state_dir = {{_folder}}/state
            instance_name = dovecot-test-{{Port}}
            log_path = {{_folder}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:~/Maildir
            first_valid_uid = 1
            default_login_user = {{loginUser}}
            default_internal_user = {{internalUser}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{_folder}}/passwd
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{_folder}}/passwd
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);
    }

    /// <summary>Starts the server (again) on the same port and mailbox, and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-F", "-c", Path.Combine(_folder, "dovecot.conf") }) start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        for (var waited = 0; ; waited += 100)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (waited < 20_000 && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"dovecot did not start: {await _process.StandardError.ReadToEndAsync()} {Log()}");
            }
        }
    }

    /// <summary>Stops the server at once, the way a crash or a restart drops every connection.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } running) return;
        running.Kill(entireProcessTree: true);
        await running.WaitForExitAsync();
        running.Dispose();
        _process = null;
    }

    public string Log() => File.Exists(Path.Combine(_folder, "dovecot.log")) ? File.ReadAllText(Path.Combine(_folder, "dovecot.log")) : "";

    /// <summary>Puts a mail into the inbox, unseen, as delivery would.</summary>
    public async Task DeliverAsync(MimeMessage message)
    {
        using var client = await ConnectAsync();
        await client.Inbox.AppendAsync(message, MessageFlags.None);
        await client.DisconnectAsync(true);
    }

    /// <summary>The flags of the mail with this Message-ID (null when there is none).</summary>
    public async Task<MessageFlags?> FlagsOfAsync(string messageId)
    {
        using var client = await ConnectAsync();
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var found = await client.Inbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
        if (found.Count == 0) return null;
        var summary = (await client.Inbox.FetchAsync(found, MessageSummaryItems.Flags)).Single();
        await client.DisconnectAsync(true);
        return summary.Flags;
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Id(string what)
    {
        using var id = Process.Start(new ProcessStartInfo("id", what) { RedirectStandardOutput = true })!;
        return id.StandardOutput.ReadToEnd().Trim();
    }
}
