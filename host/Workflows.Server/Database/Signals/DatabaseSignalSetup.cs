using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Workflows.Server.Database.Signals;

public static class DatabaseSignalSetup
{
    /// <summary>Declares <paramref name="channel"/>; the first declaration also starts the one listener every channel shares.</summary>
    public static IServiceCollection AddDatabaseSignal(this IServiceCollection services, string channel)
    {
        services.AddSingleton(new DatabaseSignalChannel(channel));
        services.TryAddSingleton<DatabaseSignals>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseSignalListener>());
        return services;
    }
}
