namespace Workflows.Server.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// When set, every message no real sender handles is written to this folder as <c>{id}.json</c> instead of
    /// only being logged: a local inbox for trying the product and for tests that count deliveries.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How often the dispatcher looks for messages to deliver.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest wait between two attempts at a failing message. Waits double from the poll interval up to this, so the
    /// dispatcher's 25 attempts span about two and a half hours of a far end being down.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
}
