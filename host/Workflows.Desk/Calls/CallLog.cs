using Workflows.Desk.Cases;
using Workflows.Desk.Database;

namespace Workflows.Desk.Calls;

/// <summary>
/// Writes a checked call onto a case: the timeline entry (its notes) and the call's particulars, tracked for the
/// caller's save, so a call logged while a case is opened commits with the case or not at all.
/// </summary>
public sealed class CallLog(DeskDbContext db, TimeProvider clock)
{
    public const string Kind = "call";

    public (CaseMessageEntity Message, CallEntity Call) Add(Guid caseId, Guid customerId, CallRequest request, string agent)
    {
        var seconds = request.DurationSeconds!.Value;
        var startedAt = request.StartedAt ?? clock.GetUtcNow().AddSeconds(-seconds);
        var message = new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, CustomerId = customerId, Direction = request.Direction!, Channel = "phone", Kind = Kind,
            Body = request.Notes?.Trim() ?? "", Author = agent, At = startedAt,
        };
        var call = new CallEntity
        {
            Id = message.Id, CaseId = caseId, Direction = request.Direction!, Number = CallRules.Normalise(request.Number!), DurationSeconds = seconds,
            StartedAt = startedAt, Agent = agent,
        };
        db.CaseMessages.Add(message);
        db.Calls.Add(call);
        return (message, call);
    }
}
