namespace Workflows.Desk.Routing;

/// <summary>How an attempt to offer a task to one agent ended.</summary>
public enum OfferOutcome
{
    Offered,

    /// <summary>Claimed, offered by another host, or closed meanwhile: go on to the next task.</summary>
    TaskTaken,

    /// <summary>Not online any more, or off shift: try the next agent.</summary>
    AgentUnavailable,

    /// <summary>
    /// Another host is offering them a task this instant: try the next agent, but if nobody takes this task, later
    /// tasks must wait for the next round, or they could take the room this one was meant for.
    /// </summary>
    AgentBusy,

    /// <summary>At capacity for the task's channel once counted under the lock: try the next agent.</summary>
    AgentFull,
}
