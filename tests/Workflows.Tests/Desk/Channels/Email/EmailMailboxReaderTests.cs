using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Channels.Email;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.EmailDesk;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>
/// The IMAP reader against a real dovecot: several readers of one mailbox (as several hosts run) take each mail once,
/// and a server that goes away and comes back is reconnected to without losing mail. Cite: issue 20, part 2.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class EmailMailboxReaderTests(EmailDesk email) : IClassFixture<EmailDesk>
{
    [Fact]
    public async Task Read_TwoReadersOfOneMailbox_TakeEveryMailOnce()
    {
        // A second reader beside the host's own, as a second host on the same database would run.
        var second = ActivatorUtilities.CreateInstance<EmailMailboxReader>(email.Desk.Host.Services);
        await second.StartAsync(CancellationToken.None);
        try
        {
            var mails = Enumerable.Range(1, 8).Select(i => Mail(NewAddress($"twice{i}"), $"Payment {i} failed", $"Payment number {i} failed at checkout.")).ToList();
            foreach (var mail in mails) await email.Imap.DeliverAsync(mail);

            foreach (var mail in mails) Assert.Equal("opened", await email.TakenAsync(mail.MessageId));
            foreach (var mail in mails)
            {
                var address = mail.From.Mailboxes.Single().Address;
                Assert.Equal(1, await email.CountAsync(
                    $"SELECT count(*) FROM {DeskTables.Cases} c JOIN {DeskTables.CustomerContacts} k ON k.customer_id = c.customer_id WHERE k.address = @a", ("a", address)));
                Assert.Equal(1, await email.CountAsync($"SELECT count(*) FROM {DeskTables.CustomerContacts} WHERE address = @a", ("a", address)));
                Assert.Equal(1, await email.CountAsync(
                    $"SELECT count(*) FROM {DeskTables.CaseMessages} m JOIN {DeskTables.CustomerContacts} k ON k.customer_id = m.customer_id WHERE k.address = @a AND m.direction = 'inbound'", ("a", address)));
            }
        }
        finally
        {
            await second.StopAsync(CancellationToken.None);
            second.Dispose();
        }
    }

    [Fact]
    public async Task Read_ReconnectsAfterTheServerRestarts_AndTakesTheMailThatCameMeanwhile()
    {
        var before = Mail(NewAddress("before"), "Before the restart", "First mail.");
        await email.Imap.DeliverAsync(before);
        Assert.Equal("opened", await email.TakenAsync(before.MessageId));

        await email.Imap.StopAsync(); // every connection drops, IDLE included
        await Task.Delay(TimeSpan.FromSeconds(3)); // the reader tries and fails at least once
        await email.Imap.StartAsync();
        var after = Mail(NewAddress("after"), "After the restart", "Second mail.");
        await email.Imap.DeliverAsync(after);

        Assert.Equal("opened", await email.TakenAsync(after.MessageId));
    }
}
