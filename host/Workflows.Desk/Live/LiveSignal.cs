using Workflows.Server.Database;
using Workflows.Server.Database.Signals;

namespace Workflows.Desk.Live;

/// <summary>
/// The notification that an instance's data changed (its tasks, its case, its state), or a case's outside any step (an
/// agent's reply), heard by every host's <see cref="LiveFeed"/>.
/// </summary>
public static class LiveSignal
{
    public const string Channel = "workflows_live";

    public static void Send(SqlBatch batch, Guid instanceOrCaseId) => DatabaseSignals.Send(batch, Channel, instanceOrCaseId.ToString());

    public static IReadOnlyList<Guid> Parse(string payload) => Guid.TryParse(payload, out var id) ? [id] : [];

}
