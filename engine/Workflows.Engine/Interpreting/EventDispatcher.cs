using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>Routes one event to the token it concerns. Returns false when the event is stale.</summary>
internal static class EventDispatcher
{
    public static bool Apply(Execution x, InstanceEvent @event)
    {
        var state = x.State;
        if (@event is StartInstance start) return Start(x, start);
        if (state.Status != InstanceStatus.Active) return false;
        switch (@event)
        {
            case CompleteUserTask complete:
                if (state.UserTasks.Find(t => t.Id == complete.TaskId) is not { } task) return false;
                state.UserTasks.Remove(task);
                x.Journal(JournalKind.TaskCompleted, task.NodeId, $"User task '{x.Definition.Node(task.NodeId).DisplayName}' completed.");
                x.Complete(x.FindToken(task.TokenId)!, complete.Variables);
                return true;
            case CompleteActivity done:
                if (ActivityJob(state, done.JobId) is not { } job) return false;
                state.Jobs.Remove(job);
                x.Journal(JournalKind.ActivityCompleted, job.NodeId, $"Activity '{job.Topic}' completed.");
                x.Complete(x.FindToken(job.TokenId)!, done.Outputs);
                return true;
            case CompleteDecision decided:
                if (state.Jobs.Find(j => j.Id == decided.JobId && j.Kind == JobKind.Decision) is not { } decisionJob) return false;
                Decisions.Completed(x, decisionJob, decided.Outcome);
                return true;
            case FailActivity failed:
                if (state.Jobs.Find(j => j.Id == failed.JobId && j.Kind is JobKind.Activity or JobKind.Decision) is not { } failedJob) return false;
                Jobs.Failed(x, failedJob, failed.RetriesLeft, failed.Message);
                return true;
            case RaiseBpmnError error:
                if (ActivityJob(state, error.JobId) is not { } thrower) return false;
                state.Jobs.Remove(thrower);
                ErrorThrower.Throw(x, x.FindToken(thrower.TokenId)!, error.ErrorCode, error.Message);
                return true;
            case FireTimer fire:
                return state.Timers.Find(t => t.Id == fire.TimerId) is { } timer && Triggers.Timer(x, timer);
            case SetVariables set:
                x.Merge(set.Variables);
                x.Journal(JournalKind.VariablesChanged, null, $"Variables set: {string.Join(", ", set.Variables.Keys.Order(StringComparer.Ordinal))}.");
                if (set.RecalculateTimers) TimerRecalculation.Run(x);
                return true;
            case FailTimer timerFailed:
                if (state.Timers.Find(t => t.Id == timerFailed.TimerId && t.Retries > 0) is not { } failedTimer) return false;
                Jobs.TimerFailed(x, failedTimer, timerFailed.Message);
                return true;
            case ReceiveMessage message:
                return state.Subscriptions.Find(s => s.Id == message.SubscriptionId) is { } subscription && Triggers.Message(x, subscription, message.Variables);
            case ContinueJob continued:
                return Continue(x, continued.JobId);
            case FailJob jobFailed:
                if (state.Jobs.Find(j => j.Id == jobFailed.JobId && j.Kind is JobKind.AsyncBefore or JobKind.AsyncAfter && j.Retries > 0) is not { } asyncJob) return false;
                if (x.FindToken(asyncJob.TokenId)?.Status is TokenStatus.Incident) return false;
                Jobs.Failed(x, asyncJob, asyncJob.Retries - 1, jobFailed.Message);
                return true;
            case RetryIncident retry:
                if (state.Incidents.Find(i => i.Id == retry.IncidentId) is not { } incident) return false;
                x.Merge(retry.Variables);
                Incidents.Retry(x, incident, Math.Max(1, retry.Retries));
                return true;
            case ChildCompleted child:
                return Calls.Completed(x, child);
            case ChildThrewError childError:
                return Calls.Error(x, childError);
            case ChildEscalated childEscalation:
                return Calls.Escalated(x, childEscalation);
            case ChildNotStarted notStarted:
                return Calls.Failed(x, notStarted.CallId, notStarted.Message);
            case ChildCancelled childCancelled:
                return Calls.Failed(x, childCancelled.CallId, $"The called instance was cancelled{(childCancelled.Reason is null ? "" : $": {childCancelled.Reason}")}; retry to call again.");
            case CancelInstance cancel:
                Cancel(x, cancel.Reason);
                return true;
            default:
                throw Execution.Fail(StepErrorCodes.InvalidEvent, $"{@event.GetType().Name} is not an event the interpreter knows.", null);
        }
    }

    private static JobState? ActivityJob(InstanceState state, long id) => state.Jobs.Find(j => j.Id == id && j.Kind == JobKind.Activity);

    private static bool Start(Execution x, StartInstance start)
    {
        if (x.State.Status != InstanceStatus.NotStarted)
            throw Execution.Fail(StepErrorCodes.InvalidEvent, "The instance has already started.", null);
        var startEvent = x.Definition.StartEvents.FirstOrDefault(s => s.MessageName == start.MessageName && s.SignalName == start.SignalName)
            ?? throw Execution.Fail(StepErrorCodes.NoStartEvent, (start.MessageName, start.SignalName) switch
            {
                (null, null) => $"Process '{x.Definition.DisplayName}' has no none start event; start it by a message or a signal.",
                (_, null) => $"Process '{x.Definition.DisplayName}' has no start event for message '{start.MessageName}'.",
                _ => $"Process '{x.Definition.DisplayName}' has no start event for signal '{start.SignalName}'.",
            }, null);
        x.State.DefinitionKey = x.Definition.Key;
        x.State.Status = InstanceStatus.Active;
        x.State.BusinessKey = start.BusinessKey;
        x.State.Caller = start.Caller;
        x.Merge(start.Variables);
        var root = new ScopeInstance(x.NewId(), null, null);
        x.State.Scopes.Add(root);
        EventSubprocesses.Arm(x, root, null);
        x.Journal(JournalKind.InstanceStarted, startEvent.Id, $"Instance of '{x.Definition.DisplayName}' started{(start.MessageName is not null ? $" by message '{start.MessageName}'" : start.SignalName is not null ? $" by signal '{start.SignalName}'" : "")}.");
        x.Spawn(root.Id, startEvent.Id, null);
        return true;
    }

    private static bool Continue(Execution x, long jobId)
    {
        if (x.State.Jobs.Find(j => j.Id == jobId && j.Kind is JobKind.AsyncBefore or JobKind.AsyncAfter) is not { } job) return false;
        var token = x.FindToken(job.TokenId)!;
        if (token.Status is not (TokenStatus.AsyncBefore or TokenStatus.AsyncAfter)) return false;
        x.State.Jobs.Remove(job);
        var running = x.Update(token with { Status = TokenStatus.Running });
        if (job.Kind == JobKind.AsyncBefore) x.Enter(running, skipAsyncBefore: true);
        else x.Leave(running);
        return true;
    }

    private static void Cancel(Execution x, string? reason)
    {
        foreach (var scope in x.State.Scopes.Where(s => s.ParentTokenId is null).ToList()) Cancellation.CancelScope(x, scope);
        x.State.Scopes.Clear();
        x.State.Status = InstanceStatus.Cancelled;
        x.Emit(new InstanceCancelled(reason));
        if (x.State.Caller is { } caller) x.Emit(new NotifyCaller(caller, CallerNoticeKind.Cancelled, x.State.Variables, Message: reason));
        x.Journal(JournalKind.InstanceCancelled, null, reason is null ? "The instance was cancelled." : $"The instance was cancelled: {reason}");
    }
}
