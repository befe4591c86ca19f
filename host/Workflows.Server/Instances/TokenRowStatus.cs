namespace Workflows.Server.Instances;

/// <summary>
/// Statuses of <see cref="TokenEntity"/> rows beyond the engine's token statuses (which are written lower-case): a
/// multi-instance body waits at its node beside its inner instances, and counts per node must not count it as one of them.
/// </summary>
public static class TokenRowStatus
{
    public const string MultiInstanceBody = "multi-instance";

    /// <summary>The engine's listening token of an event subprocess (its start event's wait): nothing a manager counts as waiting.</summary>
    public const string Listening = "listening";
}
