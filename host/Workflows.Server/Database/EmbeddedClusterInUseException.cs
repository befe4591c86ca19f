namespace Workflows.Server.Database;

/// <summary>The embedded cluster's folder belongs to another running host; the message names the setting that avoids it.</summary>
public sealed class EmbeddedClusterInUseException(string message) : InvalidOperationException(message);
