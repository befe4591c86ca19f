namespace Workflows.Engine.Activities;

public sealed record ActivityErrorDescriptor(string Code, string Description);
