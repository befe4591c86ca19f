namespace Workflows.Engine.Runtime;

/// <summary>An inline activity failed; the whole command rolls back to the last wait state.</summary>
public sealed class ActivityFailedException(string nodeId, string message, Exception? inner = null) : Exception(message, inner)
{
    public string NodeId { get; } = nodeId;
}
