using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.Email;

/// <summary>The email channel's services; its configuration is checked when the host starts. Sending is the outbox's (<c>Outbox:Smtp</c>).</summary>
public static class EmailSetup
{
    public static IServiceCollection AddEmailChannel(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>());
        services.AddScoped<EmailThreading>();
        services.AddScoped<EmailInbox>();
        services.AddHostedService<EmailMailboxReader>();
        return services;
    }
}
