using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Definitions;
using Workflows.Server.Runtime;

namespace Workflows.Bench.Runtime;

/// <summary>
/// Workflow steps per second through the runtime (no HTTP) with 8 concurrent drivers, against pgbench's
/// TPC-B on the same cluster in the same run; then task completion latency over HTTP under that load and
/// the host's peak RSS. A step is one runtime command (start or complete a task), one transaction.
/// </summary>
public static class RuntimeBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        await using var postgres = await BenchCluster.StartAsync("runtime");
        Console.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port}, {seconds} s per phase, 8 clients each.");

        await using var services = Services(postgres.ConnectionString);
        var definition = await PrepareAsync(services);

        var drivers = new RuntimeDrivers(services, definition);
        // Unmeasured warm-up: tiered JIT and EF Core's caches take some 20 s to settle on this machine.
        await drivers.RunAsync(8, TimeSpan.FromSeconds(Math.Min(20, seconds)));

        // pgbench runs before and after the runtime, and the mean is the yardstick: this shared machine drifts.
        var before = await PgBench.RunAsync(postgres.Port, seconds, initialise: true);
        var steps = await drivers.RunAsync(8, TimeSpan.FromSeconds(seconds));
        var after = await PgBench.RunAsync(postgres.Port, seconds, initialise: false);
        var tps = (before + after) / 2;
        Console.WriteLine($"pgbench TPC-B (scale 8, 8 clients): {tps:F0} tps (before {before:F0}, after {after:F0})");
        Console.WriteLine($"runtime: {steps / (double)seconds:F0} steps/s ({steps} commands: start and two task completions per instance)");
        Console.WriteLine($"ratio: {steps / (double)seconds / tps:F2} (target >= 0.3, goal 0.5)");

        await HttpUnderLoad.RunAsync(postgres.ConnectionString, drivers, TimeSpan.FromSeconds(seconds));
    }

    internal static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        // The runtime binds its options (timers, outbox) from configuration: an empty one gives the defaults.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddWorkflowsData(connectionString);
        services.AddHangfire(c => c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { SchemaName = "hangfire" }));
        services.AddWorkflowRuntime();
        return services.BuildServiceProvider();
    }

    private static async Task<DefinitionEntity> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.MigrateAsync();
        _ = scope.ServiceProvider.GetRequiredService<JobStorage>();
        var definition = new DefinitionEntity
        {
            Id = Guid.CreateVersion7(), Key = TenNodeFlow.Key, Version = 1, Xml = TenNodeFlow.Xml, Checksum = "bench", PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Definitions.Add(definition);
        await db.SaveChangesAsync();
        return definition;
    }
}
