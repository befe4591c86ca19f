using Hangfire;
using Microsoft.Extensions.Options;
using Workflows.Desk.Manager.Stuck;

namespace Workflows.Desk.Manager;

public static class ManagerSetup
{
    public static IServiceCollection AddManagerWorkspace(this IServiceCollection services)
    {
        services.AddOptions<ManagerOptions>().BindConfiguration(ManagerOptions.Section);
        services.AddScoped<NodeBaselines>();
        return services;
    }

    /// <summary>The usual-wait roll-up behind silent stalls, on Hangfire like every other sweep.</summary>
    public static void ScheduleSweeps(IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<NodeBaselines>("node-wait-baselines",
            b => b.RefreshAsync(CancellationToken.None), services.GetRequiredService<IOptions<ManagerOptions>>().Value.BaselineSchedule);
}
