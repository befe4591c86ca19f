using System.Text;
using MimeKit;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels.Email;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>What the desk keeps of a mail: sender, key, threading ids, text, files. Cite: issue 20, part 2.</summary>
public sealed class EmailReaderTests
{
    private static readonly string[] Own = ["support@desk.test"];

    [Fact]
    public void Read_KeysByMessageId_AndListsTheAnsweredMailFirst()
    {
        var mail = Mail("Bo <BO@Customer.Test>", "Re: Re:  my   refund", "Still waiting.");
        mail.MessageId = "m3@customer.test";
        mail.InReplyTo = "m2@workflows";
        mail.References.AddRange(["m1@customer.test", "m2@workflows"]);

        var read = EmailReader.Read(mail, "imap:x:1:7", Own);
        Assert.Equal(("m3@customer.test", "bo@customer.test", "Bo"), (read.MessageKey, read.FromAddress, read.FromName));
        Assert.Equal(["m2@workflows", "m1@customer.test"], read.ThreadIds);
        Assert.Equal("Re: Re: my refund", read.Subject);
        Assert.Null(read.Automatic);
        Assert.Matches("^email:[0-9a-f]{40}$", read.CaseKey);
    }

    [Fact]
    public void Read_KeysByMailboxPlace_WithoutAMessageId_AndNamesAnEmptyMail()
    {
        var mail = Mail("bo@customer.test", "", " ");
        mail.Headers.Remove(HeaderId.MessageId);
        var read = EmailReader.Read(mail, "imap:x:1:7", Own);
        Assert.Equal("imap:x:1:7", read.MessageKey);
        Assert.Equal((EmailReader.NoSubject, EmailReader.NoText), (read.Subject, read.Text));
    }

    [Fact]
    public void Read_CutsALongTextForTheTimeline_AndKeepsAllOfItAsAFile()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"line {i}\n"));
        var read = EmailReader.Read(Mail("bo@customer.test", "Long", text), "imap:x:1:8", Own);
        Assert.True(read.Text.Length <= CustomerReplies.MaxBody);
        Assert.EndsWith(EmailTexts.Cut, read.Text);
        var whole = Assert.Single(read.Files);
        Assert.Equal(("message.txt", "text/plain"), (whole.FileName, whole.ContentType));
        Assert.Equal(text.Trim(), Encoding.UTF8.GetString(whole.Content));
    }

    [Fact]
    public void ReadTooLarge_ReadsTheHeadersOnly_AndSaysWhereTheOriginalIs()
    {
        var mail = Mail("Bo <bo@customer.test>", "Scans", "…");
        mail.Headers.Add("Auto-Submitted", "auto-replied");
        var read = EmailReader.ReadTooLarge(mail.Headers, 12 * 1024 * 1024, 10 * 1024 * 1024, "imap:x:1:9", "INBOX", Own);
        Assert.Equal((mail.MessageId, "bo@customer.test", "Scans"), (read.MessageKey, read.FromAddress, read.Subject));
        Assert.Contains("12 MB", read.Text);
        Assert.Contains("10 MB", read.Text);
        Assert.Contains("INBOX", read.Text);
        Assert.Empty(read.Files);
        Assert.Equal("Auto-Submitted: auto-replied", read.Automatic);
    }

    private static MimeMessage Mail(string from, string subject, string text)
    {
        var mail = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        mail.From.Add(MailboxAddress.Parse(from));
        return mail;
    }
}
