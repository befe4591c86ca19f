using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>Something that happened to an instance; <see cref="Interpreter.Step"/> applies one at a time.</summary>
public abstract record InstanceEvent
{
    protected static readonly IReadOnlyDictionary<string, JsonElement> NoVariables = new Dictionary<string, JsonElement>();
}

/// <summary>Starts a new instance at its none start event, or at the message start event for <paramref name="MessageName"/>.</summary>
/// <remarks><paramref name="Caller"/> is set when a call activity starts the instance: how it ends is reported there.</remarks>
public sealed record StartInstance(IReadOnlyDictionary<string, JsonElement>? Variables = null, string? BusinessKey = null, string? MessageName = null,
    string? SignalName = null, CallerState? Caller = null) : InstanceEvent;

public sealed record CompleteUserTask(long TaskId, IReadOnlyDictionary<string, JsonElement>? Variables = null) : InstanceEvent;

/// <summary>A custom activity (external task) finished with its outputs.</summary>
public sealed record CompleteActivity(long JobId, IReadOnlyDictionary<string, JsonElement>? Outputs = null) : InstanceEvent;

/// <summary>A business rule task's decision was evaluated; its result is mapped to the result variable.</summary>
public sealed record CompleteDecision(long JobId, DecisionOutcome Outcome) : InstanceEvent;

/// <summary>A custom activity (or a business rule task's decision) failed technically; with no retries left the token gets an incident.</summary>
public sealed record FailActivity(long JobId, string Message, int RetriesLeft) : InstanceEvent;

/// <summary>A custom activity raised a business error that error boundaries may catch.</summary>
public sealed record RaiseBpmnError(long JobId, string ErrorCode, string? Message = null) : InstanceEvent;

public sealed record FireTimer(long TimerId) : InstanceEvent;

/// <summary>
/// Sets process variables from outside the flow (an operator's correction, a recomputed deadline). With
/// <paramref name="RecalculateTimers"/>, waiting date timers whose time is an expression are evaluated again
/// against the new variables and move, as Camunda's job due-date recalculation does; no token moves.
/// </summary>
public sealed record SetVariables(IReadOnlyDictionary<string, JsonElement> Variables, bool RecalculateTimers = false) : InstanceEvent;

/// <summary>The step a timer starts failed; the timer is offered again later, and with no retries left it becomes an incident.</summary>
public sealed record FailTimer(long TimerId, string Message) : InstanceEvent;

public sealed record ReceiveMessage(long SubscriptionId, IReadOnlyDictionary<string, JsonElement>? Variables = null) : InstanceEvent;

/// <summary>The host runs an asynchronous continuation (asyncBefore / asyncAfter job).</summary>
public sealed record ContinueJob(long JobId) : InstanceEvent;

/// <summary>Running a job failed; retries drop by one, and at zero the token gets an incident.</summary>
public sealed record FailJob(long JobId, string Message) : InstanceEvent;

/// <summary>
/// Resolves an incident and offers its work again with <paramref name="Retries"/> retries, after setting
/// <paramref name="Variables"/> (the data an operator fixed, as in Camunda Cockpit).
/// </summary>
public sealed record RetryIncident(long IncidentId, int Retries = 3, IReadOnlyDictionary<string, JsonElement>? Variables = null) : InstanceEvent;

public sealed record CancelInstance(string? Reason = null) : InstanceEvent;
