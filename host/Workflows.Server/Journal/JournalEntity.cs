namespace Workflows.Server.Journal;

/// <summary>Append-only: who did what, when, at which node.</summary>
public sealed class JournalEntity
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    public string? NodeId { get; set; }
    public required string Message { get; set; }
    public string? Actor { get; set; }
}
