using Workflows.Engine.Activities;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Persistence;
using Workflows.Server.Definitions;
using Workflows.Server.Outbox;
using Workflows.Server.Signals;
using Workflows.Server.Timers;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Runtime;

public static class RuntimeSetup
{
    private sealed record ActivityRegistration(Type Type);

    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new JavaScriptRuntime());
        services.AddSingleton(sp => new Interpreter(sp.GetRequiredService<JavaScriptRuntime>()));
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<InstanceStateCache>();
        services.AddSingleton(sp => new ActivityCatalog(sp.GetServices<ActivityRegistration>().Select(r => r.Type)));
        services.AddScoped<IActivityInvoker, ActivityRunner>();
        services.AddSingleton<Decisions.DecisionCache>();
        services.AddScoped<Decisions.DecisionRepository>();
        services.AddScoped<Decisions.DecisionPublisher>();
        services.AddScoped<IDecisionInvoker, DecisionRunner>();
        services.AddScoped<IInstanceStore, InstanceStore>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<DefinitionPublisher>();
        services.AddScoped<TimerScheduler>();
        services.AddOptions<TimerOptions>().BindConfiguration("Timers");
        services.AddTransient<TimerJob>();
        services.AddSingleton<TimerReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerReconciler>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<LogOutboxSender>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration($"{OutboxOptions.Section}:Smtp");
        // The dispatcher takes the first sender that handles a kind: real SMTP, then the pickup folder, then what modules add.
        // Before the senders that take every kind (a pickup directory): a signal is delivered inside, never written out.
        services.AddScoped<SignalBroadcaster>();
        services.Insert(0, ServiceDescriptor.Scoped<IOutboxSender, SignalOutboxSender>());
        services.Insert(0, ServiceDescriptor.Scoped<IOutboxSender, Calls.CallOutboxSender>());
        services.AddSingleton<IOutboxSender, SmtpOutboxSender>();
        services.AddSingleton<IOutboxSender, PickupDirectorySender>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<TaskAssignments>();
        return services;
    }

    /// <summary>Registers a custom activity under the topic its [Activity] attribute names.</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services) where TActivity : class, IActivity =>
        services.AddActivity(typeof(TActivity));

    public static IServiceCollection AddActivity(this IServiceCollection services, Type activityType)
    {
        if (!typeof(IActivity).IsAssignableFrom(activityType)) throw new ArgumentException($"{activityType.Name} is not an IActivity.", nameof(activityType));
        var descriptor = ActivityDescriptor.For(activityType);
        services.AddKeyedTransient(typeof(IActivity), descriptor.Topic, activityType);
        services.AddSingleton(new ActivityRegistration(activityType));
        return services;
    }
}
