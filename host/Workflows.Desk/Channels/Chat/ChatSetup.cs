using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Server.Database.Signals;
using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels.Chat;

/// <summary>The web chat's services, its signal channel and its rate limits; its configuration is checked when the host starts.</summary>
public static class ChatSetup
{
    public static IServiceCollection AddChatChannel(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatOptions>, ChatOptionsValidation>());
        services.AddDatabaseSignal(ChatLog.Channel);
        services.AddSingleton<ChatTokens>();
        services.AddSingleton<ChatFeed>();
        services.AddHostedService(s => s.GetRequiredService<ChatFeed>());
        services.AddScoped<ChatCodes>().AddScoped<ChatStart>().AddScoped<ChatBot>().AddScoped<ChatCaseOpener>().AddScoped<ChatInbox>().AddScoped<ChatAccess>().AddScoped<ChatStream>();
        // First of the senders: a chat reply belongs on the customer's page even when a pickup directory takes everything else.
        services.Insert(0, ServiceDescriptor.Scoped<IOutboxSender, ChatOutboxSender>());
        services.Configure<RateLimiterOptions>(limiter =>
        {
            limiter.AddPolicy(ChatEndpoints.CodePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "chat-codes:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(context, o => o.CodesPerIp, o => o.CodeWindow)));
            // Per customer (their chat cookie) once they have one, per IP address before.
            limiter.AddPolicy(ChatEndpoints.MessagePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "chat:" + (context.Request.Cookies[ChatTokens.CookieName] ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => Window(context, o => o.MessagesPerMinute, _ => TimeSpan.FromMinutes(1))));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(HttpContext context, Func<ChatOptions, int> permits, Func<ChatOptions, TimeSpan> window)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ChatOptions>>().Value;
        return new FixedWindowRateLimiterOptions { PermitLimit = permits(options), Window = window(options) };
    }
}
