using Microsoft.Extensions.Options;
using Workflows.Server.Outbox;
using Workflows.Tests.Support;

namespace Workflows.Tests.Server.Outbox;

public sealed class SmtpOutboxSenderTests
{
    private static OutboxMessageEntity Email(string? to) => new()
    {
        Id = Guid.CreateVersion7(), Kind = "email", CreatedAt = DateTimeOffset.UtcNow,
        Payload = $$"""{"to": {{(to is null ? "null" : $"\"{to}\"")}}, "subject": "Your case CS-2026-000042", "body": "Hello Ada, your refund is on its way."}""",
    };

    [Fact]
    public async Task SendsOverSmtp_WithTheOutboxIdAsMessageId()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpOutboxSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = "none", From = "help@pay.example" }));
        var message = Email("ada@example.com");

        Assert.True(sender.Handles("email"));
        await sender.SendAsync(message, CancellationToken.None);

        var (from, to, data) = Assert.Single(sink.Mails);
        Assert.Contains("help@pay.example", from);
        Assert.Contains("ada@example.com", Assert.Single(to));
        Assert.Contains($"Message-Id: <{message.Id}@workflows>", data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Subject: Your case CS-2026-000042", data);
        Assert.Contains("your refund is on its way", data);
    }

    [Fact]
    public async Task WithoutAnAddress_Fails_SoTheDispatcherRetriesAndKeepsItPending()
    {
        var sender = new SmtpOutboxSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = 1 }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(Email(null), CancellationToken.None));
        Assert.False(new SmtpOutboxSender(Options.Create(new SmtpOptions())).Handles("email"));
        Assert.False(sender.Handles("sms"));
    }
}
