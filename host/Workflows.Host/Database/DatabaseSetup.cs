using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflows.Host.Database;

/// <summary>PostgreSQL for the product's tables and for Hangfire (its own schema), embedded when none is configured.</summary>
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
        builder.Services.AddWorkflowsDbContext(connectionString);
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    QueuePollInterval = TimeSpan.FromMilliseconds(500),
                    PrepareSchemaIfNecessary = true,
                    // A job fetched by a host that was killed is offered again after 30 s, not the default 30 min.
                    InvisibilityTimeout = TimeSpan.FromSeconds(30),
                    UseSlidingInvisibilityTimeout = true,
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

    /// <summary>Pooled contexts: a step creates several scopes, and context set-up showed in profiles.</summary>
    /// <summary>
    /// The application's contexts keep no session state (no temp tables, SETs or session locks), so a pooled
    /// connection goes back without DISCARD ALL: that reset was a round trip on every query outside a transaction.
    /// Hangfire keeps its own connections with the reset on.
    /// </summary>
    public static IServiceCollection AddWorkflowsDbContext(this IServiceCollection services, string connectionString)
    {
        var withoutReset = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        return services.AddDbContextPool<WorkflowsDbContext>(o => o.UseNpgsql(withoutReset).EnableThreadSafetyChecks(false));
    }

    private sealed class DatabaseHealthCheck(WorkflowsDbContext db) : IHealthCheck
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
