using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Routing;

/// <summary>
/// One host serves a team's queue at a time: hosts woken by the same signal would otherwise fight over the same
/// head of the queue, and one could offer a later task while another still holds the agent an earlier one needs.
/// A lease, not a lock on a connection, so it works through a transaction-pooling PgBouncer; it lapses by itself
/// if its host dies. Capacity does not rest on it: each offer still locks its agent.
/// </summary>
public sealed class RoutingLease(DeskDbContext desk)
{
    /// <summary>This process, as the lease names it.</summary>
    public static readonly string Holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<bool> TakeAsync(string teamKey, CancellationToken ct) =>
        await desk.Database.ExecuteSqlRawAsync($$"""
            UPDATE {{DeskTables.TeamRoutings}} SET served_by = {0}, served_until = now() + interval '10 seconds'
            WHERE team_key = {1} AND (served_until IS NULL OR served_until < now() OR served_by = {0})
            """, [Holder, teamKey], ct) == 1;

    public Task ReleaseAsync(string teamKey, CancellationToken ct) =>
        desk.Database.ExecuteSqlRawAsync($"UPDATE {DeskTables.TeamRoutings} SET served_until = NULL WHERE team_key = {{0}} AND served_by = {{1}}", [teamKey, Holder], ct);
}
