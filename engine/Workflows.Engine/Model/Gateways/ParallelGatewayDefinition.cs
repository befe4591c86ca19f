namespace Workflows.Engine.Model;

public sealed record ParallelGatewayDefinition : FlowNodeDefinition;
