using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflows.Server.Outbox;

namespace Workflows.Tests.Server.Outbox;

public sealed class PickupDirectorySenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pickup-" + Guid.NewGuid());

    private PickupDirectorySender Sender(string? folder) =>
        new(Options.Create(new OutboxOptions { PickupDirectory = folder }), NullLogger<PickupDirectorySender>.Instance);

    private static OutboxMessageEntity Message(string payload) => new()
    {
        Id = Guid.CreateVersion7(), Kind = "message:progress", Payload = payload, CreatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task WritesOneFilePerMessageId_AndASecondSendOfTheSameIdChangesNothing()
    {
        var sender = Sender(_folder);
        var message = Message("""{"text":"您的退款已处理"}""");

        await sender.SendAsync(message, CancellationToken.None);
        var first = await File.ReadAllTextAsync(Path.Combine(_folder, $"{message.Id}.json"));
        var again = Message("""{"text":"changed"}""");
        again.Id = message.Id;
        await sender.SendAsync(again, CancellationToken.None);

        Assert.Equal([$"{message.Id}.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal(first, await File.ReadAllTextAsync(Path.Combine(_folder, $"{message.Id}.json")));
        Assert.Equal("您的退款已处理", JsonDocument.Parse(first).RootElement.GetProperty("Payload").GetProperty("text").GetString());
    }

    [Fact]
    public void HandlesNothing_WhenNoFolderIsConfigured()
    {
        Assert.False(Sender(null).Handles("message:progress"));
        Assert.True(Sender(_folder).Handles("message:progress"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
