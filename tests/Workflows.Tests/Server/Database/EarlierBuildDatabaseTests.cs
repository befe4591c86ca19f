using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;

namespace Workflows.Tests.Server.Database;

/// <summary>
/// A database made by a build from before the server and desk had schemas of their own is recreated when allowed,
/// and refused with a sentence that says what to do when not; a database of this build is left alone.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class EarlierBuildDatabaseTests(ClusterFixture cluster)
{
    private const string Schema = ServerTables.Schema;

    /// <summary>The earlier build's case table, in the schema the server now owns.</summary>
    private const string EarlierCases = Schema + ".cases";

    /// <summary>What an earlier build left: its migration history in the one schema, and a table of its own.</summary>
    private static async Task<string> EarlierBuildAsync(ClusterFixture cluster, string name)
    {
        var database = await cluster.Cluster.CreateDatabaseAsync(name);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await new NpgsqlCommand($"""
            CREATE SCHEMA {Schema};
            CREATE TABLE {Schema}."__EFMigrationsHistory" ("MigrationId" varchar(150) PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
            INSERT INTO {Schema}."__EFMigrationsHistory" VALUES ('20261122214632_Initial', '10.0.15'), ('20261123085321_StuckListIndexes', '10.0.15');
            CREATE TABLE {EarlierCases} (id uuid PRIMARY KEY, number text);
            INSERT INTO {EarlierCases} VALUES (gen_random_uuid(), 'CS-2026-000001');
            """, connection).ExecuteNonQueryAsync();
        return database;
    }

    private static WebApplicationFactory<Program> Host(string database, bool recreate) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("ConnectionStrings:Workflows", database);
        web.UseSetting("Workflows:SeedDemoUsers", "true");
        if (recreate) web.UseSetting("Workflows:RecreateEarlierDatabase", "true");
    });

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync());
    }

    [Fact]
    public async Task EarlierBuildsDatabase_IsRefusedWithWhatToDo_UnlessRecreatingIsAllowed_ThenItIsMadeAnew()
    {
        var database = await EarlierBuildAsync(cluster, "earlier_build");

        await using (var refused = Host(database, recreate: false))
        {
            var error = Assert.ThrowsAny<Exception>(() => refused.Server);
            Assert.Contains("Workflows:RecreateEarlierDatabase=true", error.ToString());
        }
        Assert.Equal(1, await ScalarAsync(database, $"SELECT count(*) FROM {EarlierCases}"));

        await using (var recreated = Host(database, recreate: true))
        {
            var client = recreated.CreateClient();
            (await client.PostAsJsonAsync("/api/auth/login", new { userName = "designer", password = "demo" })).EnsureSuccessStatusCode();
        }
        Assert.Equal(0, await ScalarAsync(database, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{Schema}' AND table_name = 'cases'"));
        Assert.Equal(0, await ScalarAsync(database, $"""SELECT count(*) FROM {Schema}."__EFMigrationsHistory" WHERE "MigrationId" < '20261202'"""));
        Assert.Equal(1, await ScalarAsync(database, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{DeskTables.Schema}' AND table_name = 'cases'"));

        // Started again on its own database, the host leaves everything as it is.
        await using (var again = Host(database, recreate: true))
        {
            var client = again.CreateClient();
            (await client.PostAsJsonAsync("/api/auth/login", new { userName = "designer", password = "demo" })).EnsureSuccessStatusCode();
        }
        Assert.Equal(7, await ScalarAsync(database, $"SELECT count(*) FROM {ServerTables.Users}"));
    }
}
