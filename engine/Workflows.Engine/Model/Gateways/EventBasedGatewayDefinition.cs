namespace Workflows.Engine.Model;

/// <summary>Waits for the first of the catch events its outgoing flows lead to.</summary>
public sealed record EventBasedGatewayDefinition : FlowNodeDefinition;
