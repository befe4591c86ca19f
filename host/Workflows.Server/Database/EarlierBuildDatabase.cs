using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workflows.Server.Database;

/// <summary>
/// Builds before 2026-12-02 kept every table in one schema under one migration history, with the desk's columns on
/// the server's tables. Their databases are not migrated forward: they are recreated. The embedded default does it
/// by itself; a configured server only with <c>Workflows:RecreateEarlierDatabase=true</c>, else the host refuses to
/// start and says so. A database from a later build is never touched.
/// </summary>
internal static class EarlierBuildDatabase
{
    /// <summary>The first migration of the server's own schema; every earlier-build migration sorts before it.</summary>
    private const string FirstOwnMigration = "20261202";

    private static readonly string[] Schemas = [ServerTables.Schema, ServerTables.HangfireSchema];

    public static async Task ReplaceAsync(ServerDbContext db, bool allowed, ILogger log, CancellationToken cancellationToken)
    {
        const string history = $"{ServerTables.Schema}.\"__EFMigrationsHistory\"";
        if (await db.Database.SqlQueryRaw<bool>("SELECT to_regclass({0}) IS NOT NULL AS \"Value\"", history).SingleAsync(cancellationToken) is false)
            return; // a new database
        var earlier = await db.Database.SqlQueryRaw<string>($$"""
            SELECT "MigrationId" AS "Value" FROM {{history}} WHERE "MigrationId" < {0} ORDER BY 1
            """, FirstOwnMigration).ToListAsync(cancellationToken);
        if (earlier.Count == 0) return;
        if (!allowed)
            throw new InvalidOperationException("This database was made by an earlier build of Workflows, whose layout is not migrated forward. " +
                "Point ConnectionStrings:Workflows at a new database, or set Workflows:RecreateEarlierDatabase=true to drop its schemas " +
                $"({string.Join(", ", Schemas)}) and start afresh.");
        log.LogWarning("The database was made by an earlier build ({Migration}); its schemas {Schemas} are dropped and made anew.", earlier[^1],
            string.Join(", ", Schemas));
        await db.Database.ExecuteSqlRawAsync($"DROP SCHEMA IF EXISTS {ServerTables.Schema} CASCADE; DROP SCHEMA IF EXISTS {ServerTables.HangfireSchema} CASCADE",
            cancellationToken);
    }
}
