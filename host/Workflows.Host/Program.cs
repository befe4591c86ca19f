using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;
using Workflows.Activities;
using Workflows.Desk;
using Workflows.Host;
using Workflows.Server;
using Workflows.Server.Database;
using Workflows.Server.Problems;
using Workflows.Server.Runtime;

// Composition only: the workflow server, the support desk on top of it, the activities the support flow runs,
// and the web app. "--seed-demo" is ours, not a configuration key: take it out before the host reads its arguments.
var seedDemo = args.Contains("--seed-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--seed-demo").ToArray());
EmbeddedPostgres? embedded;
try
{
    embedded = builder.AddWorkflowServer();
}
catch (EmbeddedClusterInUseException inUse)
{
    // Not a crash: a second host on the same machine. One sentence, no stack trace, and a failing exit code.
    Console.Error.WriteLine(inUse.Message);
    return 1;
}
builder.Services.AddSupportDesk();
foreach (var activity in SupportActivities.Types) builder.Services.AddActivity(activity);
builder.Services.AddProblemCodes();
builder.Services.AddOpenApi(o => o.CreateSchemaReferenceId = new UniqueSchemaNames().For);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);

var app = builder.Build();
if (embedded is not null) app.Lifetime.ApplicationStopped.Register(() => embedded.DisposeAsync().AsTask().GetAwaiter().GetResult());
await app.PrepareWorkflowServerAsync(embedded is not null);
await app.PrepareSupportDeskAsync(seedDemo);

// Behind a reverse proxy on this machine (trusted: loopback only), requests carry the address people used; survey
// links remember it when Support:PublicBaseUrl is not set.
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost });
var publicAddress = app.Services.GetRequiredService<Workflows.Desk.Surveys.PublicAddress>();
app.Use((context, next) => { publicAddress.Observe(context.Request); return next(context); });
// A body that is not JSON (or does not bind) is the caller's mistake: 400 with a problem document, not a 500.
app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
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
app.MapWorkflowServer();
app.MapSupportDesk();
// The customer chat page is a page of its own (ui/chat.html): no staff sign-in, a small bundle for phones.
app.MapGet("/chat", () => Results.File(webApp.GetFileInfo("chat.html").PhysicalPath!, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
