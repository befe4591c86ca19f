namespace Workflows.Server.Database.Signals;

/// <summary>A notification channel a module declared (<see cref="DatabaseSignalSetup.AddDatabaseSignal"/>).</summary>
public sealed record DatabaseSignalChannel(string Name);
