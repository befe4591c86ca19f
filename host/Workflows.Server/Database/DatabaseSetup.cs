using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Workflows.Server.Database;

/// <summary>PostgreSQL for every module's tables and for Hangfire (its own schema), embedded when none is configured.</summary>
public static class DatabaseSetup
{
    public static EmbeddedPostgres? AddWorkflowsDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Workflows");
        EmbeddedPostgres? embedded = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection("EmbeddedPostgres").Get<EmbeddedPostgresOptions>() ?? new EmbeddedPostgresOptions();
            embedded = EmbeddedPostgres.StartAsync(options).GetAwaiter().GetResult();
            connectionString = embedded.ConnectionString;
            Console.WriteLine($"Embedded PostgreSQL is running on 127.0.0.1:{embedded.Port} (data in {options.DataDirectory}).");
        }
        builder.Services.AddWorkflowsData(connectionString);
        // Hangfire may live on another database; by default it shares ours, in its own schema.
        var hangfire = builder.Configuration.GetConnectionString("Hangfire") is { Length: > 0 } own ? own : connectionString;
        // A Hangfire lock (the schedule poller's, taken every second) left behind by a host that was killed holding it
        // stops that work on every host until it expires: 10 minutes by default, so timers fired minutes late. Locks
        // are held for milliseconds; half a minute is ample.
        var lockTimeout = builder.Configuration.GetValue("Hangfire:LockTimeout", TimeSpan.FromSeconds(30));
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(hangfire),
                new PostgreSqlStorageOptions
                {
                    SchemaName = ServerTables.HangfireSchema,
                    QueuePollInterval = TimeSpan.FromMilliseconds(500),
                    PrepareSchemaIfNecessary = true,
                    // A job fetched by a host that was killed is offered again after 30 s, not the default 30 min.
                    InvisibilityTimeout = TimeSpan.FromSeconds(30),
                    UseSlidingInvisibilityTimeout = true,
                    DistributedLockTimeout = lockTimeout,
                }));
        builder.Services.AddHangfireServer(o =>
        {
            // A timer fires within about a second of its due time.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
        });
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<HangfireHealthCheck>("hangfire", tags: ["ready"]);
        return embedded;
    }

    /// <summary>
    /// The data source, the scope's <see cref="DatabaseSession"/> and the server's DbContext. The application keeps
    /// no session state on its connections (no temp tables, SETs or session locks), so a pooled connection goes back
    /// without DISCARD ALL: that reset was a round trip on every query outside a transaction. Hangfire keeps its own
    /// connections with the reset on.
    /// </summary>
    public static IServiceCollection AddWorkflowsData(this IServiceCollection services, string connectionString)
    {
        var withoutReset = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        services.AddSingleton(_ => NpgsqlDataSource.Create(withoutReset));
        services.AddScoped<DatabaseSession>();
        return services.AddModuleDbContext<ServerDbContext>(ServerTables.Schema);
    }

    /// <summary>A module's DbContext on the scope's connection, with its migration history in its own schema.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema) where TContext : ModuleDbContext =>
        services.AddDbContext<TContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<DatabaseSession>().Connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .EnableThreadSafetyChecks(false));

    private sealed class DatabaseHealthCheck(ServerDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("PostgreSQL does not answer.");
    }

    private sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(servers.Count > 0 ? HealthCheckResult.Healthy($"{servers.Count} Hangfire server(s)") : HealthCheckResult.Unhealthy("No Hangfire server is running."));
        }
    }
}
