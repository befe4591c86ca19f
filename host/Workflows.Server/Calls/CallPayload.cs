using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Server.Calls;

/// <summary>
/// One outbox row between a calling and a called instance: start a child, cancel it, or tell the caller how the child
/// ended. <see cref="Instance"/> wrote the row; the other fields are those of its <see cref="Type"/>.
/// </summary>
public sealed record CallPayload(string Type, Guid Instance, Guid Definition, long CallId, string? NodeId = null, string? Key = null,
    CallBinding Binding = CallBinding.Latest, int? Version = null, IReadOnlyDictionary<string, JsonElement>? Variables = null,
    string? BusinessKey = null, CallerNoticeKind? Notice = null, string? Code = null, string? Message = null, Guid? Caller = null)
{
    public const string Start = "start", Cancel = "cancel", Notify = "notify";

    public static string Serialize(Guid instance, Guid definition, InstanceEffect effect) => JsonSerializer.Serialize(effect switch
    {
        StartChild s => new CallPayload(Start, instance, definition, s.CallId, s.NodeId, s.DefinitionKey, s.Binding, s.Version, s.Variables, s.BusinessKey),
        CancelChild c => new CallPayload(Cancel, instance, definition, c.CallId, c.NodeId),
        NotifyCaller n => new CallPayload(Notify, instance, definition, n.Caller.CallId, n.Caller.NodeId, Variables: n.Variables, Notice: n.Kind,
            Code: n.Code, Message: n.Message, Caller: n.Caller.InstanceId),
        _ => throw new ArgumentException($"{effect.GetType().Name} is not a call effect.", nameof(effect)),
    });

    /// <summary>The event the caller's notice becomes in the calling instance.</summary>
    public InstanceEvent ToCallerEvent()
    {
        var variables = Variables ?? new Dictionary<string, JsonElement>();
        return Notice switch
        {
            CallerNoticeKind.Completed => new ChildCompleted(CallId, variables),
            CallerNoticeKind.Error => new ChildThrewError(CallId, Code!, Message, variables),
            CallerNoticeKind.Escalation => new ChildEscalated(CallId, Code!, Message, variables),
            _ => new ChildCancelled(CallId, Message),
        };
    }
}
