using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using Workflows.Engine.Timers;

namespace Workflows.Engine.Interpreting;

/// <summary>Opening and closing what a token waits for: timers and message subscriptions.</summary>
public static class Waits
{
    public static void StartTimer(Execution x, Token owner, string nodeId, TimerDefinition timer)
    {
        var (schedule, text) = Plan(x, nodeId, timer);
        AddTimer(x, owner.Id, nodeId, schedule.FirstDueAt, schedule.RemainingAfterFirst, schedule.Cycle is null ? null : text);
    }

    /// <summary>When <paramref name="timer"/> is due from now, its expression read against the variables as they are; the text it read.</summary>
    public static (TimerSchedule Schedule, string Text) Plan(Execution x, string nodeId, TimerDefinition timer)
    {
        var text = timer.Expression is null ? timer.Text : x.EvaluateText(new CompiledText(timer.Text, timer.Expression), nodeId) ?? "";
        try
        {
            return (TimerSchedule.Plan(timer.Kind, text, x.Now), text);
        }
        catch (FormatException e)
        {
            throw Execution.Fail(StepErrorCodes.Timer, $"The timer of '{nodeId}' is invalid: {e.Message}", nodeId);
        }
    }

    public static TimerState AddTimer(Execution x, long ownerId, string nodeId, DateTimeOffset dueAt, int remaining, string? cycle)
    {
        var state = new TimerState(x.NewId(), ownerId, nodeId, dueAt, remaining, cycle);
        x.State.Timers.Add(state);
        x.Emit(new ScheduleTimer(state.Id, nodeId, dueAt));
        return state;
    }

    /// <param name="signal">A signal's wait: any instance's throw (or the signals API) reaches it, not a correlated message.</param>
    public static void Subscribe(Execution x, Token owner, string nodeId, CompiledText name, bool signal = false)
    {
        var messageName = x.EvaluateText(name, nodeId) ?? "";
        var subscription = new MessageSubscriptionState(x.NewId(), owner.Id, nodeId, messageName, signal);
        x.State.Subscriptions.Add(subscription);
        x.Emit(new SubscribeMessage(subscription.Id, nodeId, messageName, signal));
    }

    /// <summary>Closes the timers and subscriptions of <paramref name="owner"/> that <paramref name="which"/> selects.</summary>
    public static void Close(Execution x, long owner, Func<string, bool> which)
    {
        foreach (var timer in x.State.Timers.Where(t => t.TokenId == owner && which(t.NodeId)).ToList())
        {
            x.State.Timers.Remove(timer);
            x.Emit(new CancelTimer(timer.Id, timer.NodeId));
            ResolveIncidentsOf(x, timer);
        }
        foreach (var subscription in x.State.Subscriptions.Where(s => s.TokenId == owner && which(s.NodeId)).ToList())
        {
            x.State.Subscriptions.Remove(subscription);
            x.Emit(new UnsubscribeMessage(subscription.Id, subscription.NodeId, subscription.MessageName));
        }
    }

    /// <summary>A timer that failed for good goes with its incident: nothing is left to retry.</summary>
    private static void ResolveIncidentsOf(Execution x, TimerState timer)
    {
        foreach (var incident in x.State.Incidents.Where(i => i.Kind == IncidentKind.FailedTimer && i.JobId == timer.Id).ToList())
        {
            x.State.Incidents.Remove(incident);
            x.Emit(new ResolveIncident(incident.Id, incident.NodeId));
        }
    }

    /// <summary>Withdraws everything a token holds: user task, activity or job, called instances, timers, subscriptions, incidents.</summary>
    public static void Withdraw(Execution x, Token token)
    {
        Close(x, token.Id, _ => true);
        Calls.CancelChildrenOf(x, token);
        Compensation.Forget(x, token);
        foreach (var task in x.State.UserTasks.Where(t => t.TokenId == token.Id).ToList())
        {
            x.State.UserTasks.Remove(task);
            x.Emit(new CancelUserTask(task.Id, task.NodeId));
        }
        foreach (var job in x.State.Jobs.Where(j => j.TokenId == token.Id).ToList())
        {
            x.State.Jobs.Remove(job);
            x.Emit(job.Kind is JobKind.Activity or JobKind.Decision ? new CancelActivity(job.Id, job.NodeId) : new CancelJob(job.Id, job.NodeId));
        }
        foreach (var incident in x.State.Incidents.Where(i => i.TokenId == token.Id).ToList())
        {
            x.State.Incidents.Remove(incident);
            x.Emit(new ResolveIncident(incident.Id, incident.NodeId));
        }
    }
}
