using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Workflows.Server.Outbox;

/// <summary>
/// Drops each message into a folder as <c>{id}.json</c>, the way a mail pickup directory works. The file name is
/// the idempotency key: a message sent again after a crash finds its file and is not delivered a second time.
/// </summary>
public sealed class PickupDirectorySender(IOptions<OutboxOptions> options, ILogger<PickupDirectorySender> log) : IOutboxSender
{
    public bool Handles(string kind) => !string.IsNullOrEmpty(options.Value.PickupDirectory);

    public async Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(options.Value.PickupDirectory!).FullName;
        var path = Path.Combine(folder, $"{message.Id}.json");
        if (File.Exists(path))
        {
            log.LogInformation("Outbox {Id} was already delivered to {Path}; not delivered again.", message.Id, path);
            return;
        }
        // Written aside and moved in, so a reader (or a crash) never sees half a message under the final name.
        var partial = Path.Combine(folder, $".{message.Id}.partial");
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write))
            await JsonSerializer.SerializeAsync(file, new
            {
                message.Id, message.Kind, message.InstanceId, message.CreatedAt, Payload = JsonDocument.Parse(message.Payload).RootElement,
            }, cancellationToken: cancellationToken);
        try
        {
            File.Move(partial, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(partial);
            log.LogInformation("Outbox {Id} was delivered by another host meanwhile; not delivered again.", message.Id);
        }
    }
}
