using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>What the host must do after it stored the new state. Effects are data; the interpreter does no I/O.</summary>
public abstract record InstanceEffect;

public sealed record CreateUserTask(long TaskId, string NodeId, string Name, string? Assignee, IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers, DateTimeOffset? DueDate, DateTimeOffset? FollowUpDate, int Priority, string? FormKey,
    IReadOnlyDictionary<string, JsonElement> Inputs) : InstanceEffect;

public sealed record CancelUserTask(long TaskId, string NodeId) : InstanceEffect;

public sealed record ScheduleTimer(long TimerId, string NodeId, DateTimeOffset DueAt) : InstanceEffect;

public sealed record CancelTimer(long TimerId, string NodeId) : InstanceEffect;

public sealed record SubscribeMessage(long SubscriptionId, string NodeId, string MessageName, bool Signal = false) : InstanceEffect;

/// <summary>Broadcast a signal to every instance waiting for it and start every process with a signal start event of that name.</summary>
public sealed record BroadcastSignal(string NodeId, string SignalName, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceEffect;

public sealed record UnsubscribeMessage(long SubscriptionId, string NodeId, string MessageName) : InstanceEffect;

/// <summary>Run the custom activity bound to <paramref name="Topic"/>, then report CompleteActivity / FailActivity / RaiseBpmnError.</summary>
public sealed record RunActivity(long JobId, string NodeId, string Topic, IReadOnlyDictionary<string, JsonElement> Inputs, int Retries) : InstanceEffect;

/// <summary>
/// Evaluate the DMN decision <paramref name="DecisionKey"/> (which version: <paramref name="Binding"/>, <paramref name="Version"/>)
/// with <paramref name="Variables"/>, then report CompleteDecision, or FailActivity when it cannot be evaluated.
/// </summary>
public sealed record EvaluateDecision(long JobId, string NodeId, string DecisionKey, Model.DecisionBinding Binding, int? Version,
    IReadOnlyDictionary<string, JsonElement> Variables) : InstanceEffect;

/// <summary>A business rule task's decision was evaluated: its history (inputs, matched rules, outputs) is kept with the step.</summary>
public sealed record DecisionEvaluated(string NodeId, DecisionOutcome Outcome) : InstanceEffect;

public sealed record CancelActivity(long JobId, string NodeId) : InstanceEffect;

/// <summary>Run an asynchronous continuation later (a background job with retries), then report ContinueJob / FailJob.</summary>
public sealed record ScheduleJob(long JobId, string NodeId, JobKind Kind, int Retries) : InstanceEffect;

public sealed record CancelJob(long JobId, string NodeId) : InstanceEffect;

/// <summary>A send task or message throw event without an activity bound.</summary>
public sealed record SendMessage(string NodeId, string? MessageName, IReadOnlyDictionary<string, JsonElement> Payload) : InstanceEffect;

public sealed record RaiseIncident(long IncidentId, string NodeId, IncidentKind Kind, string Message) : InstanceEffect;

public sealed record ResolveIncident(long IncidentId, string NodeId) : InstanceEffect;

public sealed record InstanceCompleted(string? TerminatedBy = null) : InstanceEffect;

public sealed record InstanceCancelled(string? Reason) : InstanceEffect;
