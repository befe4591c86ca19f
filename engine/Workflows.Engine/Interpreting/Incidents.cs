namespace Workflows.Engine.Interpreting;

internal static class Incidents
{
    public static void Raise(Execution x, Token token, IncidentKind kind, string message, long? jobId = null, string? nodeId = null)
    {
        var incident = new IncidentState(x.NewId(), token.Id, nodeId ?? token.NodeId, kind, message, x.Now, jobId);
        x.State.Incidents.Add(incident);
        if (kind is not (IncidentKind.Deadlock or IncidentKind.FailedTimer)) x.Update(token with { Status = TokenStatus.Incident, Since = x.Now });
        x.Emit(new RaiseIncident(incident.Id, incident.NodeId, kind, message));
        x.Journal(JournalKind.IncidentRaised, incident.NodeId, message);
    }

    /// <summary>Resolves the incident and offers its work again.</summary>
    public static void Retry(Execution x, IncidentState incident, int retries)
    {
        x.State.Incidents.Remove(incident);
        x.Emit(new ResolveIncident(incident.Id, incident.NodeId));
        x.Journal(JournalKind.IncidentResolved, incident.NodeId, $"Incident retried with {retries} retries.");
        var token = x.FindToken(incident.TokenId)!;
        var job = incident.JobId is { } id ? x.State.Jobs.Find(j => j.Id == id) : null;
        switch (incident.Kind)
        {
            case IncidentKind.FailedJob when job is not null:
                x.State.Jobs[x.State.Jobs.IndexOf(job)] = job with { Retries = retries };
                x.Update(token with { Status = job.Kind == JobKind.AsyncBefore ? TokenStatus.AsyncBefore : TokenStatus.AsyncAfter });
                x.Emit(new ScheduleJob(job.Id, job.NodeId, job.Kind, retries));
                break;
            case IncidentKind.FailedActivity when job is not null:
                x.State.Jobs.Remove(job);
                x.Update(token with { Status = TokenStatus.Waiting });
                Jobs.RunActivity(x, token, job.Topic!, retries);
                break;
            case IncidentKind.FailedDecision when job is not null:
                x.State.Jobs.Remove(job);
                Decisions.Request(x, x.Update(token with { Status = TokenStatus.Waiting }), (Model.BusinessRuleTaskDefinition)x.Definition.Node(token.NodeId));
                break;
            case IncidentKind.FailedTimer:
                if (x.State.Timers.Find(t => t.Id == incident.JobId) is not { } timer) break;
                var due = timer with { Retries = retries, DueAt = x.Now };
                x.State.Timers[x.State.Timers.IndexOf(timer)] = due;
                x.Emit(new ScheduleTimer(due.Id, due.NodeId, due.DueAt));
                break;
            case IncidentKind.Deadlock:
                break;
            default:
                // The node runs again from its start (an unhandled error is thrown again unless the cause is gone).
                Waits.Withdraw(x, token);
                x.Enter(x.Update(token with { Status = TokenStatus.Running }), skipAsyncBefore: true);
                break;
        }
    }
}
