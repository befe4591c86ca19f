using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Desk.Bot.Rephrasing;

/// <summary>The optional rephrasing connector's services; its configuration is checked when the host starts, even while off.</summary>
public static class BotRephraseSetup
{
    /// <summary>The most of a model's answer read: an answer the bot can use is a few KiB at most.</summary>
    private const int MaxResponseBytes = 1024 * 1024;

    public static IServiceCollection AddBotRephrasing(this IServiceCollection services)
    {
        services.AddOptions<BotRephraseOptions>().BindConfiguration(BotRephraseOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotRephraseOptions>, BotRephraseOptionsValidation>());
        // No request logging: the request carries the API key; BotRephraseLog says what an operator needs (model, time, failure).
        services.AddHttpClient(BotRephraser.HttpClientName, (sp, client) =>
        {
            client.Timeout = sp.GetRequiredService<IOptions<BotRephraseOptions>>().Value.Timeout;
            client.MaxResponseContentBufferSize = MaxResponseBytes;
        }).RemoveAllLoggers();
        services.AddSingleton<BotRephraser>();
        return services;
    }
}
