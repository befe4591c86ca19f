namespace Workflows.Desk.Support;

/// <summary>The desk's agent groups: roles of the people who work cases, and the candidate groups of the support flow's tasks.</summary>
public static class SupportRoles
{
    public const string AgentL1 = "agent-l1";
    public const string AgentL2 = "agent-l2";
    public const string Risk = "risk";

    /// <summary>The queues a task can be moved to.</summary>
    public static readonly string[] Queues = [AgentL1, AgentL2, Risk];
}
