namespace Workflows.Desk.Bot;

/// <summary>The bot's services: the answerer (also behind agents' suggestions) and the conversations it holds on WeChat.</summary>
public static class BotSetup
{
    public static IServiceCollection AddDeskBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddScoped<BotAnswerer>();
        services.AddScoped<BotConversations>();
        return services;
    }
}
