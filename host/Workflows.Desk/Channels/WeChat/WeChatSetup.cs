using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>The WeChat official-account channel's services; its configuration is checked when the host starts.</summary>
public static class WeChatSetup
{
    public static IServiceCollection AddWeChatChannel(this IServiceCollection services)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidation>());
        // No request logging: the token call's address carries the AppSecret, the send's the access token.
        services.AddHttpClient(WeChatApiClient.HttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiTimeout)
            .RemoveAllLoggers();
        services.AddSingleton<WeChatApiClient>();
        services.AddSingleton<WeChatAccessTokens>();
        services.AddSingleton<WeChatGateway>();
        services.AddScoped<WeChatInbox>();
        services.AddScoped<WeChatDeliveries>();
        services.AddSingleton<WeChatDeliveryRunner>();
        services.AddSingleton<WeChatDeliverySweeper>().AddHostedService(sp => sp.GetRequiredService<WeChatDeliverySweeper>());
        return services;
    }

    /// <summary>The real gateway once an AppId is configured; until then, the one that only logs.</summary>
    public static IWeChatGateway Gateway(IServiceProvider services) => services.GetRequiredService<IOptions<WeChatOptions>>().Value.Sends
        ? services.GetRequiredService<WeChatGateway>()
        : services.GetRequiredService<LogMessagingGateway>();
}
