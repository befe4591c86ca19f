namespace Workflows.Dmn.Model;

/// <summary>A value the caller supplies by name.</summary>
public sealed record InputDataDefinition(string Id, string Name, string? TypeRef);
