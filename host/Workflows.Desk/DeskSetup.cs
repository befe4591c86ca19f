using Workflows.Desk.Calls;
using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Activities.Cases;
using Workflows.Desk.Alerts;
using Workflows.Desk.Bot;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels;
using Workflows.Desk.Channels.WeChat;
using Workflows.Desk.Channels.Email;
using Workflows.Desk.Channels.Chat;
using Workflows.Desk.Customers;
using Workflows.Desk.Floor;
using Workflows.Desk.Database;
using Workflows.Desk.Inbox;
using Workflows.Desk.Knowledge;
using Workflows.Desk.Manager;
using Workflows.Desk.Routing;
using Workflows.Desk.Shifts;
using Workflows.Desk.Sla;
using Workflows.Desk.Support;
using Workflows.Desk.Surveys;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Outbox;
using Workflows.Server.Steps;
using Workflows.Server.Database.Signals;
using Workflows.Desk.Live;
using Workflows.Desk.Attachments;
using Workflows.Desk.Macros;
using Workflows.Desk.Notes;

namespace Workflows.Desk;

/// <summary>
/// The support desk as an application part on top of the workflow server: its services and step participants,
/// what it needs before the first request, its routes, and its recurring sweeps.
/// </summary>
public static class DeskSetup
{
    public static IServiceCollection AddSupportDesk(this IServiceCollection services)
    {
        services.AddModuleDbContext<DeskDbContext>(DeskTables.Schema);
        services.AddScoped<IStepParticipant, InboxProjection>();
        services.AddScoped<AgentPresence>().AddScoped<ISessionParticipant, OfflineWhenSessionsEnd>();
        services.AddTaskRouting();
        services.AddScoped<IStepParticipant, CaseClosing>();
        services.AddScoped<IStepParticipant, LiveProjection>();
        services.AddDatabaseSignal(LiveSignal.Channel);
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(s => s.GetRequiredService<LiveFeed>());
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section);
        services.AddOptions<BusinessHoursOptions>().BindConfiguration($"{SupportOptions.Section}:BusinessHours");
        services.AddOptions<BurstOptions>().BindConfiguration($"{SupportOptions.Section}:Bursts");
        services.AddScoped<SupportCases>();
        services.AddScoped<ISupportCases>(sp => sp.GetRequiredService<SupportCases>());
        services.AddScoped<AgentMessages>();
        services.AddSingleton<SurveyTokens>();
        services.AddSingleton<PublicAddress>();
        services.AddScoped<SlaPlanner>();
        services.AddScoped<SlaCalendars>();
        services.AddScoped<KbEditing>();
        services.AddOptions<AttachmentOptions>().BindConfiguration($"{SupportOptions.Section}:Attachments");
        services.AddScoped<SlaRecompute>();
        services.AddScoped<CaseIntake>();
        services.AddScoped<CustomerReplies>();
        services.AddScoped<CallLog>().AddScoped<CustomerMerge>();
        services.AddScoped<SurveyAnswers>();
        services.AddScoped<BurstDetector>();
        services.AddScoped<DemoData>();
        services.AddManagerWorkspace();
        // Texts to phone contacts and WeChat messages; the defaults only log them until a real gateway is registered (or,
        // for WeChat, configured).
        services.AddSingleton<LogMessagingGateway>();
        services.TryAddSingleton<ISmsGateway>(sp => sp.GetRequiredService<LogMessagingGateway>());
        services.AddWeChatChannel();
        services.AddEmailChannel();
        services.AddChatChannel();
        services.AddDeskBot();
        services.TryAddSingleton<IWeChatGateway>(WeChatSetup.Gateway);
        services.AddSingleton<IOutboxSender, MessagingOutboxSender>();
        services.AddRole(SupportRoles.RiskAnalyst, "Risk analyst / 风控专员")
            .AddShippedTeam(SupportTeams.AgentL1, "L1 support / 一线客服组")
            .AddShippedTeam(SupportTeams.AgentL2, "L2 support / 二线客服组")
            .AddShippedTeam(SupportTeams.Risk, "Risk / 风控组")
            .AddDemoUser("agent1", "Agent (L1) / 一线客服", [Roles.Agent], SupportTeams.AgentL1)
            .AddDemoUser("agent3", "Second agent (L1) / 一线客服（二）", [Roles.Agent], SupportTeams.AgentL1)
            .AddDemoUser("agent2", "Agent (L2) / 二线客服", [Roles.Agent], SupportTeams.AgentL2)
            .AddDemoUser("risk1", "Risk analyst / 风控专员", [SupportRoles.RiskAnalyst], SupportTeams.Risk);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Survey takers are customers, many of them elderly: a readable page, never a blank 429.
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api/chat"))
                {
                    await ChatEndpoints.TooManyRequests(context.HttpContext);
                    return;
                }
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(SurveyPageHtml.TooManyAttempts(), ct);
            };
            limiter.AddPolicy(SurveyEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    /// <summary>
    /// Migrates the desk's schema; then the survey signing key, the shipped flows, starter SLA policies, holidays and
    /// articles, and with <paramref name="seedDemo"/> the demo cases. Safe on every start and on several hosts.
    /// </summary>
    public static async Task PrepareSupportDeskAsync(this WebApplication app, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeskDbContext>().Database.MigrateAsync(cancellationToken);
        await SupportStartup.PrepareAsync(scope.ServiceProvider, app.Logger, cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
        ScheduleSweeps(app.Services);
    }

    public static WebApplication MapSupportDesk(this WebApplication app)
    {
        app.MapCaseEndpoints();
        app.MapCustomerEndpoints();
        app.MapWeChatEndpoints();
        app.MapChatEndpoints();
        app.MapChatAgentEndpoints();
        app.MapKnowledgeEndpoints();
        app.MapBotEndpoints();
        app.MapKbEditingEndpoints();
        app.MapMacroEndpoints();
        app.MapNoteEndpoints();
        app.MapCallEndpoints();
        app.MapAttachmentEndpoints();
        app.MapAlertEndpoints();
        app.MapSurveyEndpoints();
        app.MapInboxEndpoints();
        app.MapPresenceEndpoints();
        app.MapRoutingEndpoints();
        app.MapOfferEndpoints();
        app.MapSlaEndpoints();
        app.MapLiveEndpoints();
        app.MapCalendarEndpoints();
        var team = app.MapGroup("/api/teams/{key}").WithTags("Floor");
        team.MapShiftEndpoints();
        team.MapRosterEndpoints();
        app.MapManagerEndpoints();
        return app;
    }

    /// <summary>Registers the recurring sweeps with Hangfire (idempotent: every host may call it).</summary>
    private static void ScheduleSweeps(IServiceProvider services)
    {
        var schedule = services.GetRequiredService<IOptions<BurstOptions>>().Value.Schedule;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<BurstDetector>("risk-early-warning", d => d.RunAsync(CancellationToken.None), schedule);
        ManagerSetup.ScheduleSweeps(services);
    }
}
