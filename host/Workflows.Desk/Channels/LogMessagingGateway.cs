namespace Workflows.Desk.Channels;

/// <summary>The default SMS and WeChat gateway: writes what would be sent to the log.</summary>
public sealed class LogMessagingGateway(ILogger<LogMessagingGateway> log) : ISmsGateway, IWeChatGateway
{
    public Task SendAsync(string phone, string text, Guid messageId, CancellationToken cancellationToken)
    {
        log.LogInformation("SMS {Id} to {Phone}: {Text}", messageId, phone, text);
        return Task.CompletedTask;
    }

    public Task SendAsync(string openId, string title, string text, Guid messageId, CancellationToken cancellationToken)
    {
        log.LogInformation("WeChat {Id} to {OpenId}: {Title} {Text}", messageId, openId, title, text);
        return Task.CompletedTask;
    }
}
