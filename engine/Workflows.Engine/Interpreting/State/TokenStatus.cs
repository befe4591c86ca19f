namespace Workflows.Engine.Interpreting;

public enum TokenStatus
{
    /// <summary>Moving within a step; never stored.</summary>
    Running,
    /// <summary>Held by a waiting activity, catch event, event-based gateway or subprocess.</summary>
    Waiting,
    /// <summary>In a parallel or inclusive gateway's join buffer for the flow it arrived by.</summary>
    Joining,
    /// <summary>Parked before (asyncBefore) or after (asyncAfter) its node until a job continues it.</summary>
    AsyncBefore,
    AsyncAfter,
    /// <summary>Stopped by an incident until it is retried.</summary>
    Incident,
    /// <summary>
    /// At an event subprocess's start event, holding its timer or subscription while the enclosing scope runs; it does
    /// not keep the scope from completing.
    /// </summary>
    Listening,
}
