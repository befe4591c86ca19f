using Workflows.Desk.Channels.Email;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>A configuration that could not read mail is refused at start-up, naming the key. Cite: issue 20, part 2.</summary>
public sealed class EmailOptionsValidationTests
{
    private static string[] Failures(EmailOptions options) => new EmailOptionsValidation().Validate(null, options).Failures?.ToArray() ?? [];

    [Fact]
    public void Validate_Passes_WithoutAMailbox_AndWithAWholeOne()
    {
        Assert.Empty(Failures(new EmailOptions()));
        Assert.Empty(Failures(new EmailOptions { Imap = { Host = "imap.example.cn", UserName = "support@example.cn", Password = "x" } }));
    }

    [Fact]
    public void Validate_NamesEveryBrokenKey()
    {
        var failures = Failures(new EmailOptions
        {
            Imap = { Host = "imap.example.cn", Port = 0, Security = "starttls", Folder = " " }, MaxMessageBytes = 0,
            PollInterval = TimeSpan.FromMinutes(30), ReconnectMaxDelay = TimeSpan.Zero,
        });
        foreach (var key in new[] { "Imap:UserName", "Imap:Port", "Imap:Security", "Imap:Folder", "MaxMessageBytes", "PollInterval", "ReconnectMaxDelay" })
            Assert.Contains(failures, f => f.StartsWith($"Channels:Email:{key}"));
    }
}
