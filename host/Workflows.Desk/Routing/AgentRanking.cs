namespace Workflows.Desk.Routing;

/// <summary>
/// The order in which a mode tries agents for one task; only agents with room for the task's channel are ranked.
/// Ties go to whoever was offered work longest ago, so equal agents take turns.
/// </summary>
public static class AgentRanking
{
    public static IEnumerable<RoutingAgent> Rank(string mode, IEnumerable<RoutingAgent> agents, QueuedTask task, ChannelCounts capacity)
    {
        var room = agents.Where(a => a.LoadOf(task.Chat) < capacity.Of(task.Chat));
        var byTurn = (Func<RoutingAgent, DateTimeOffset>)(a => a.LastOfferedAt ?? DateTimeOffset.MinValue);
        var share = (Func<RoutingAgent, double>)(a => (double)a.LoadOf(task.Chat) / Math.Max(1, capacity.Of(task.Chat)));
        return mode switch
        {
            RoutingModes.RoundRobin => room.OrderBy(byTurn).ThenBy(a => a.UserName, StringComparer.Ordinal),
            RoutingModes.LeastLoaded => room.OrderBy(share).ThenBy(byTurn).ThenBy(a => a.UserName, StringComparer.Ordinal),
            RoutingModes.Skills => room.OrderByDescending(a => Knows(a, task)).ThenByDescending(a => Speaks(a, task)).ThenBy(share).ThenBy(byTurn)
                .ThenBy(a => a.UserName, StringComparer.Ordinal),
            _ => [],
        };
    }

    /// <summary>Why this agent, as the journal says it.</summary>
    public static string Reason(string mode, RoutingAgent agent, QueuedTask task, ChannelCounts capacity, string teamKey)
    {
        var load = $"{agent.LoadOf(task.Chat)} of {capacity.Of(task.Chat)} {(task.Chat ? "chats" : "tickets")} held";
        var why = mode switch
        {
            RoutingModes.RoundRobin => "next in turn",
            RoutingModes.LeastLoaded => "least loaded",
            _ => string.Join(", ", new[]
            {
                Knows(agent, task) ? $"handles {task.Category}" : null,
                Speaks(agent, task) ? $"speaks {task.Language}" : null,
            }.Where(s => s is not null).DefaultIfEmpty("no one on shift matches its skills or language; least loaded")),
        };
        return $"{mode} routing of team {teamKey}{(task.Urgent ? ", urgent" : "")}: {why} ({load})";
    }

    private static bool Knows(RoutingAgent agent, QueuedTask task) => task.Category is { } c && agent.Skills.Contains(c, StringComparer.OrdinalIgnoreCase);

    private static bool Speaks(RoutingAgent agent, QueuedTask task) =>
        task.Language is { } l && agent.Languages.Any(a => a.Equals(l, StringComparison.OrdinalIgnoreCase) || l.StartsWith(a + "-", StringComparison.OrdinalIgnoreCase));
}
