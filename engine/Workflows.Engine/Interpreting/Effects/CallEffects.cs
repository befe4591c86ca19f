using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Start an instance of <paramref name="DefinitionKey"/> (per <paramref name="Binding"/>) as the child of call
/// <paramref name="CallId"/>, with exactly <paramref name="Variables"/> and <paramref name="BusinessKey"/>; report back
/// <see cref="ChildNotStarted"/> when it cannot be.
/// </summary>
public sealed record StartChild(long CallId, string NodeId, string DefinitionKey, CallBinding Binding, int? Version,
    IReadOnlyDictionary<string, JsonElement> Variables, string? BusinessKey) : InstanceEffect;

/// <summary>Cancel the child of call <paramref name="CallId"/> (and its own children): its call activity was cancelled.</summary>
public sealed record CancelChild(long CallId, string NodeId) : InstanceEffect;

/// <summary>How a called instance ended, for its caller: completed, an uncaught error or escalation, or cancelled.</summary>
public enum CallerNoticeKind { Completed, Error, Escalation, Cancelled }

/// <summary>Tell the calling instance how this instance ended (or escalated), with its variables for the <c>camunda:out</c> mappings.</summary>
public sealed record NotifyCaller(CallerState Caller, CallerNoticeKind Kind, IReadOnlyDictionary<string, JsonElement> Variables,
    string? Code = null, string? Message = null) : InstanceEffect;
