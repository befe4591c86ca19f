namespace Workflows.Desk.Routing;

/// <summary>The ways a team's queue can be served.</summary>
public static class RoutingModes
{
    /// <summary>Agents take work from the queue themselves; nothing is offered.</summary>
    public const string Pull = "pull";

    /// <summary>Each new task goes to the agent who was offered work longest ago.</summary>
    public const string RoundRobin = "round-robin";

    /// <summary>Each new task goes to the agent with the smallest share of their capacity in use.</summary>
    public const string LeastLoaded = "least-loaded";

    /// <summary>Agents whose skills hold the case's category and who speak the customer's language first, then the least loaded.</summary>
    public const string Skills = "skills";

    public static readonly string[] All = [Pull, RoundRobin, LeastLoaded, Skills];
}
