namespace Workflows.Server.Timers;

/// <summary>
/// Time-driven work (a BPMN timer or an async continuation) written in the same transaction as the state change that needs it (the timer outbox). After
/// commit a Hangfire job is scheduled and its id stored; <see cref="FiredAt"/> makes firing idempotent.
/// </summary>
public sealed class TimerEntity
{
    public const string TimerKind = "timer";
    public const string ContinuationKind = "continuation";

    public Guid Id { get; set; }

    /// <summary><see cref="TimerKind"/> for BPMN timers, <see cref="ContinuationKind"/> for async continuations and their retries.</summary>
    public string Kind { get; set; } = TimerKind;
    public Guid InstanceId { get; set; }
    public long LocalId { get; set; }
    public required string NodeId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string? JobId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
}
