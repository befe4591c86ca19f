namespace Workflows.Desk.Support;

/// <summary>The teams the support flow offers tasks to (its candidate groups); made on first start, with more added by admins.</summary>
public static class SupportTeams
{
    public const string AgentL1 = "agent-l1";
    public const string AgentL2 = "agent-l2";
    public const string Risk = "risk";
}
