using System.Threading.RateLimiting;
using Hangfire;
using Workflows.Activities;
using Workflows.Activities.Cases;
using Workflows.Host.Alerts;
using Workflows.Host.Cases;
using Workflows.Host.Customers;
using Workflows.Host.Knowledge;
using Workflows.Host.Outbox;
using Workflows.Host.Runtime;
using Workflows.Host.Sla;
using Workflows.Host.Surveys;

namespace Workflows.Host.Support;

/// <summary>The support desk: its activities, records, intake, survey page and risk early warning.</summary>
public static class SupportSetup
{
    public static IServiceCollection AddSupportDesk(this IServiceCollection services)
    {
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section);
        services.AddOptions<BusinessHoursOptions>().BindConfiguration($"{SupportOptions.Section}:BusinessHours");
        services.AddOptions<BurstOptions>().BindConfiguration($"{SupportOptions.Section}:Bursts");
        foreach (var activity in SupportActivities.Types) services.AddActivity(activity);
        services.AddScoped<SupportCases>();
        services.AddScoped<ISupportCases>(sp => sp.GetRequiredService<SupportCases>());
        services.AddScoped<AgentMessages>();
        services.AddSingleton<SurveyTokens>();
        services.AddScoped<SlaPlanner>();
        services.AddScoped<CaseIntake>();
        services.AddScoped<CustomerReplies>();
        services.AddScoped<SurveyAnswers>();
        services.AddScoped<BurstDetector>();
        services.AddScoped<DemoData>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Survey takers are customers, many of them elderly: a readable page, never a blank 429.
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(SurveyPageHtml.TooManyAttempts(), ct);
            };
            limiter.AddPolicy(SurveyEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    public static WebApplication MapSupportDesk(this WebApplication app)
    {
        app.MapCaseEndpoints();
        app.MapCustomerEndpoints();
        app.MapKnowledgeEndpoints();
        app.MapOutboxEndpoints();
        app.MapAlertEndpoints();
        app.MapSurveyEndpoints();
        return app;
    }

    /// <summary>Registers the recurring sweeps with Hangfire (idempotent: every host may call it).</summary>
    public static void ScheduleSweeps(IServiceProvider services)
    {
        var schedule = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BurstOptions>>().Value.Schedule;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<BurstDetector>("risk-early-warning", d => d.RunAsync(CancellationToken.None), schedule);
    }
}
