using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using Workflows.Host.Activities;
using Workflows.Host.Auth;
using Workflows.Host.Database;
using Workflows.Host.Definitions;
using Workflows.Host.Definitions.Forms;
using Workflows.Host.Inbox;
using Workflows.Host.Incidents;
using Workflows.Host.Instances;
using Workflows.Host.Manager;
using Workflows.Host.Messages;
using Workflows.Host.Runtime;
using Workflows.Host.Support;
using Workflows.Host.UserTasks;

// "--seed-demo" is ours, not a configuration key: take it out before the host reads its arguments.
var seedDemo = args.Contains("--seed-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--seed-demo").ToArray());
var embedded = builder.AddWorkflowsDatabase();
builder.Services.AddWorkflowRuntime();
builder.Services.AddSupportDesk();
builder.Services.AddManagerWorkspace();
builder.Services.AddWorkflowsAuth();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
if (embedded is not null) app.Lifetime.ApplicationStopped.Register(() => embedded.DisposeAsync().AsTask().GetAwaiter().GetResult());

await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
    await db.Database.MigrateAsync();
    if (embedded is not null || app.Configuration.GetValue<bool>("Workflows:SeedDemoUsers"))
    {
        await DemoUsers.SeedAsync(db, scope.ServiceProvider.GetRequiredService<PasswordHasher<UserEntity>>(), CancellationToken.None);
        app.Logger.LogInformation("Demo users admin, designer, agent1, agent3 (L1), agent2 (L2), risk1 and manager can sign in with the password 'demo'.");
    }
    await SupportStartup.PrepareAsync(scope.ServiceProvider, app.Logger, CancellationToken.None);
    if (seedDemo) await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
}
SupportSetup.ScheduleSweeps(app.Services);
ManagerSetup.ScheduleSweeps(app.Services);

app.UseExceptionHandler();
// The web app (ui/, built into wwwroot beside the host; hash routes, so "/" is its only page) is public;
// what it shows comes from the API, which is not.
var webApp = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(
    Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "wwwroot")).FullName);
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webApp });
app.UseStaticFiles(new StaticFileOptions { FileProvider = webApp });
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AuthSetup.AdminDashboardFilter()] }).AllowAnonymous();
app.MapAuthEndpoints();
app.MapDefinitionEndpoints();
app.MapDraftEndpoints();
app.MapFormEndpoints();
app.MapInboxEndpoints();
app.MapInstanceEndpoints();
app.MapTaskEndpoints();
app.MapMessageEndpoints();
app.MapIncidentEndpoints();
app.MapActivityEndpoints();
app.MapManagerEndpoints();
app.MapSupportDesk();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
