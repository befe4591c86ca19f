namespace Workflows.Engine.Model;

public sealed record ExclusiveGatewayDefinition : FlowNodeDefinition;
