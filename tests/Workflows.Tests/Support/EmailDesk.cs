using MimeKit;
using Npgsql;

namespace Workflows.Tests.Support;

/// <summary>
/// A desk whose email channel reads a real <see cref="Dovecot"/> mailbox and sends through an <see cref="SmtpSink"/>,
/// shared by one test class; tests tell their data apart by sender address and Message-ID.
/// </summary>
public sealed class EmailDesk(ClusterFixture cluster) : IAsyncLifetime
{
    public const string SupportAddress = Dovecot.UserName;

    public Dovecot Imap { get; private set; } = null!;
    public SmtpSink Smtp { get; private set; } = null!;
    public SoloDesk Desk { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Imap = await Dovecot.StartNewAsync();
        Smtp = new SmtpSink();
        Desk = await SoloDesk.StartAsync(cluster, $"email_{Guid.NewGuid():N}",
            ("Channels:Email:Imap:Host", "127.0.0.1"), ("Channels:Email:Imap:Port", Imap.Port.ToString()), ("Channels:Email:Imap:Security", "none"),
            ("Channels:Email:Imap:UserName", Dovecot.UserName), ("Channels:Email:Imap:Password", Dovecot.Password),
            ("Channels:Email:PollInterval", "00:00:05"), ("Channels:Email:ReconnectMaxDelay", "00:00:02"),
            ("Outbox:Smtp:Host", "127.0.0.1"), ("Outbox:Smtp:Port", Smtp.Port.ToString()), ("Outbox:Smtp:Security", "none"), ("Outbox:Smtp:From", SupportAddress));
    }

    public async Task DisposeAsync()
    {
        await Desk.DisposeAsync();
        await Smtp.DisposeAsync();
        await Imap.DisposeAsync();
    }

    /// <summary>A customer's mail to the support address, with a fresh Message-ID.</summary>
    public static MimeMessage Mail(string from, string subject, string text, string? inReplyTo = null)
    {
        var mail = new MimeMessage { Subject = subject, MessageId = $"{Guid.NewGuid():N}@customer.test", Body = new TextPart("plain") { Text = text } };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse(SupportAddress));
        if (inReplyTo is not null)
        {
            mail.InReplyTo = inReplyTo;
            mail.References.Add(inReplyTo);
        }
        return mail;
    }

    public static string NewAddress(string name = "customer") => $"{name}.{Guid.NewGuid():N}"[..(name.Length + 13)] + "@customer.test";

    /// <summary>Waits until the desk has taken the mail with this key (its receipt is written), and answers its outcome.</summary>
    public async Task<string> TakenAsync(string? messageKey, int seconds = 30)
    {
        for (var waited = 0; waited < seconds * 1000; waited += 200)
        {
            if (await ScalarAsync($"SELECT outcome FROM {Workflows.Desk.Database.DeskTables.EmailReceipts} WHERE message_key = @key", ("key", messageKey!)) is string outcome)
                return outcome;
            await Task.Delay(200);
        }
        throw new TimeoutException($"The desk did not take mail {messageKey} within {seconds} s. dovecot says: {Imap.Log()[^Math.Min(2000, Imap.Log().Length)..]}");
    }

    /// <summary>One number from the desk's database.</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) => Convert.ToInt64(await ScalarAsync(sql, parameters));

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Desk.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Agent (L1), signed in once for the class.</summary>
    public Task<HttpClient> AgentAsync() => _agent ??= Desk.SignInAsync("agent1");

    private Task<HttpClient>? _agent;
}
