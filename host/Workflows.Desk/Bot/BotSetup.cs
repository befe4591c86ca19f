using Workflows.Desk.Bot.Rephrasing;

namespace Workflows.Desk.Bot;

/// <summary>
/// The bot's services: the answerer (also behind agents' suggestions), the conversations it holds on WeChat, and the
/// optional model that rephrases its answers (off unless <c>Channels:Bot:Rephrase:Endpoint</c> is set).
/// </summary>
public static class BotSetup
{
    public static IServiceCollection AddDeskBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddScoped<BotAnswerer>();
        services.AddScoped<BotConversations>();
        services.AddBotRephrasing();
        return services;
    }
}
