namespace Workflows.Desk.Live;

/// <summary>
/// One message of the live feed: the instances (and cases changed outside a step) whose data changed since the last one
/// (the inbox, a case and the stuck list reload what concerns them), or <see cref="Resync"/> when changes may have been
/// missed and everything should reload.
/// </summary>
public sealed record LiveChanges(IReadOnlyList<Guid> Ids, bool Resync = false);
