namespace Workflows.Host.Auth;

/// <summary>The roles of the product; agent roles double as the candidate groups of user tasks.</summary>
public static class Roles
{
    public const string Designer = "designer";
    public const string AgentL1 = "agent-l1";
    public const string AgentL2 = "agent-l2";
    public const string Risk = "risk";
    public const string Manager = "manager";
    public const string Admin = "admin";
}
