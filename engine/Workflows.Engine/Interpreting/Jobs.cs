namespace Workflows.Engine.Interpreting;

/// <summary>Asynchronous continuations and custom-activity runs, with their retries and incidents.</summary>
internal static class Jobs
{
    public const int DefaultRetries = 3;

    /// <summary>Parks the token before (asyncBefore) or after (asyncAfter) its node; a job continues it.</summary>
    public static void Schedule(Execution x, Token token, JobKind kind)
    {
        var job = new JobState(x.NewId(), token.Id, token.NodeId, kind, DefaultRetries, null);
        x.State.Jobs.Add(job);
        x.Update(token with { Status = kind == JobKind.AsyncBefore ? TokenStatus.AsyncBefore : TokenStatus.AsyncAfter, Since = x.Now });
        x.Emit(new ScheduleJob(job.Id, token.NodeId, kind, job.Retries));
    }

    /// <summary>Offers a custom activity to the host; the token waits for its result.</summary>
    public static void RunActivity(Execution x, Token token, string topic, int retries)
    {
        var node = x.Definition.Node(token.NodeId);
        x.InContextOf(token); // a retry runs outside the token's own step: its inputs still see its locals
        var job = new JobState(x.NewId(), token.Id, token.NodeId, JobKind.Activity, retries, topic);
        x.State.Jobs.Add(job);
        x.Emit(new RunActivity(job.Id, token.NodeId, topic, x.Inputs(node, allVariablesWhenUnmapped: true), retries));
    }

    /// <summary>A failed job or activity: offered again while retries remain, else an incident.</summary>
    public static void Failed(Execution x, JobState job, int retriesLeft, string message)
    {
        var token = x.FindToken(job.TokenId)!;
        x.State.Jobs[x.State.Jobs.IndexOf(job)] = job with { Retries = Math.Max(0, retriesLeft) };
        // A decision gives the same answer to the same data: trying again at once would fail again.
        if (retriesLeft > 0 && job.Kind != JobKind.Decision)
        {
            x.Journal(JournalKind.AttemptFailed, job.NodeId, $"Attempt failed ({message}); {retriesLeft} retries left.");
            if (job.Kind == JobKind.Activity)
            {
                x.State.Jobs.RemoveAll(j => j.Id == job.Id);
                RunActivity(x, token, job.Topic!, retriesLeft);
            }
            else x.Emit(new ScheduleJob(job.Id, job.NodeId, job.Kind, retriesLeft));
            return;
        }
        var kind = job.Kind switch { JobKind.Activity => IncidentKind.FailedActivity, JobKind.Decision => IncidentKind.FailedDecision, _ => IncidentKind.FailedJob };
        Incidents.Raise(x, token, kind, message, job.Id);
    }

    /// <summary>
    /// The step a timer started failed and rolled back: the timer is due again after a back-off while retries
    /// remain, else it waits for a person as an incident. The owner token keeps its status, so a user task
    /// under a failing SLA timer can still be completed.
    /// </summary>
    public static void TimerFailed(Execution x, TimerState timer, string message)
    {
        var retriesLeft = timer.Retries - 1;
        var index = x.State.Timers.IndexOf(timer);
        if (retriesLeft > 0)
        {
            var again = timer with { Retries = retriesLeft, DueAt = x.Now + RetryBackoff(retriesLeft) };
            x.State.Timers[index] = again;
            x.Journal(JournalKind.AttemptFailed, timer.NodeId, $"Timer step failed ({message}); {retriesLeft} retries left.");
            x.Emit(new ScheduleTimer(again.Id, again.NodeId, again.DueAt));
            return;
        }
        x.State.Timers[index] = timer with { Retries = 0 };
        Incidents.Raise(x, x.FindToken(timer.TokenId)!, IncidentKind.FailedTimer, message, timer.Id, timer.NodeId);
    }

    /// <summary>5 s after the first failure, 10 s after the second, like the continuation jobs.</summary>
    private static TimeSpan RetryBackoff(int retriesLeft) => TimeSpan.FromSeconds(5 * Math.Max(1, DefaultRetries - retriesLeft));
}
