using Hangfire;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Activities;
using Workflows.Server.Database;
using Workflows.Server.Decisions;
using Workflows.Server.Definitions;
using Workflows.Server.Definitions.Forms;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Admin;
using Workflows.Server.Identity.Scim;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Identity.Teams;
using Workflows.Server.Identity.Users;
using Workflows.Server.Incidents;
using Workflows.Server.Instances;
using Workflows.Server.Messages;
using Workflows.Server.Outbox;
using Workflows.Server.Runtime;
using Workflows.Server.Signals;
using Workflows.Server.UserTasks;

namespace Workflows.Server;

/// <summary>
/// The workflow server as an application part: its services, what it needs before the first request, and its
/// routes. A BPM application without the support desk is these three calls.
/// </summary>
public static class ServerSetup
{
    /// <summary>PostgreSQL (embedded when no connection string is set), Hangfire, the runtime, sign-in.</summary>
    public static EmbeddedPostgres? AddWorkflowServer(this WebApplicationBuilder builder)
    {
        var embedded = builder.AddWorkflowsDatabase();
        builder.Services.AddWorkflowRuntime();
        builder.Services.AddWorkflowsAuth(builder.Configuration);
        builder.Services.AddServerIdentity();
        builder.Services.AddScoped<UserValidation>().AddScoped<UserDirectory>().AddScoped<UserAdministration>()
            .AddScoped<TeamDirectory>().AddScoped<TeamAdministration>().AddScoped<FirstAdmin>();
        return embedded;
    }

    /// <summary>
    /// Replaces a database from a build before the server and desk had schemas of their own, migrates the server's
    /// schema, makes the shipped teams, seeds the demo users where asked, and sees to a first administrator (see
    /// <see cref="FirstAdmin"/>). Safe on every start and on several hosts.
    /// </summary>
    public static async Task PrepareWorkflowServerAsync(this WebApplication app, bool embedded, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        await EarlierBuildDatabase.ReplaceAsync(db, allowed: embedded || app.Configuration.GetValue<bool>("Workflows:RecreateEarlierDatabase"), app.Logger,
            cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var services = scope.ServiceProvider;
        var clock = services.GetRequiredService<TimeProvider>();
        await ShippedTeams.EnsureAsync(db, services.GetServices<ShippedTeam>(), clock, cancellationToken);
        // Demo users on the embedded cluster unless turned off, and on a configured server only when asked for.
        if (app.Configuration.GetValue<bool?>("Workflows:SeedDemoUsers") ?? embedded)
        {
            var users = await DemoUsers.SeedAsync(db, services.GetServices<DemoUser>(), services.GetRequiredService<PasswordHashing>(), clock, cancellationToken);
            app.Logger.LogInformation("Demo users {Users} can sign in with the password 'demo'.", string.Join(", ", users.Select(u => u.UserName)));
        }
        await services.GetRequiredService<FirstAdmin>().PrepareAsync(app.Configuration, app.Logger, cancellationToken);
    }

    public static WebApplication MapWorkflowServer(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AuthSetup.AdminDashboardFilter()] }).AllowAnonymous();
        app.MapAuthEndpoints();
        app.MapAdminEndpoints();
        app.MapScimEndpoints();
        app.MapDefinitionEndpoints();
        app.MapDraftEndpoints();
        app.MapDecisionEndpoints();
        app.MapFormEndpoints();
        app.MapInstanceEndpoints();
        app.MapTaskEndpoints();
        app.MapMessageEndpoints();
        app.MapSignalEndpoints();
        app.MapIncidentEndpoints();
        app.MapActivityEndpoints();
        app.MapOutboxEndpoints();
        return app;
    }
}
