using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>The child of call <paramref name="CallId"/> completed with <paramref name="Variables"/> (its process variables at the end).</summary>
public sealed record ChildCompleted(long CallId, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceEvent;

/// <summary>No child could be started (no such process, no such version, its first step failed): an incident at the call activity.</summary>
public sealed record ChildNotStarted(long CallId, string Message) : InstanceEvent;

/// <summary>The child threw BPMN error <paramref name="Code"/> that nothing in it caught; the call activity's boundaries may.</summary>
public sealed record ChildThrewError(long CallId, string Code, string? Message, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceEvent;

/// <summary>The child threw an escalation that nothing in it caught; the search goes on from the call activity.</summary>
public sealed record ChildEscalated(long CallId, string Code, string? Name, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceEvent;

/// <summary>The child was cancelled from outside (not by this parent): an incident at the call activity; retrying calls again.</summary>
public sealed record ChildCancelled(long CallId, string? Reason) : InstanceEvent;
