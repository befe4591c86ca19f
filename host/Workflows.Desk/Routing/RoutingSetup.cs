using Workflows.Server.Database.Signals;
using Workflows.Server.Steps;

namespace Workflows.Desk.Routing;

public static class RoutingSetup
{
    /// <summary>The routing's services, its step participant, its signal and the worker that runs rounds on this host.</summary>
    public static IServiceCollection AddTaskRouting(this IServiceCollection services)
    {
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section);
        services.AddSingleton<RoutedTeams>().AddSingleton<RoutingSignal>().AddSingleton<RoutingMetrics>();
        services.AddScoped<RoutingFloor>().AddScoped<Offers>().AddScoped<RoutingLease>().AddScoped<Router>();
        services.AddScoped<IStepParticipant, RoutingProjection>();
        services.AddDatabaseSignal(RoutingSignal.Channel);
        services.AddHostedService<RoutingWorker>();
        return services;
    }
}
