namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Sends what the outbox hands the WeChat channel as a customer-service text message (客服消息), the way a reply
/// reaches a customer outside the 5 seconds of a passive reply. Used when <c>Channels:WeChat:AppId</c> is configured.
/// </summary>
public sealed class WeChatGateway(WeChatApiClient api, WeChatAccessTokens tokens, ILogger<WeChatGateway> log) : IWeChatGateway
{
    public async Task SendAsync(string openId, string title, string text, Guid messageId, CancellationToken cancellationToken)
    {
        // A chat shows the message itself; the title is an email's subject line, and every body names its case anyway.
        var content = string.IsNullOrWhiteSpace(text) ? title : text;
        var token = await tokens.GetAsync(cancellationToken);
        try
        {
            await api.SendTextAsync(token, openId, content, cancellationToken);
        }
        catch (WeChatApiException e) when (e.IsTokenProblem)
        {
            // The token expired early or was replaced (another process fetched one): once more, with a fresh token.
            log.LogInformation("WeChat refused the access token ({Code}); fetching a new one for message {Id}.", e.ErrCode, messageId);
            tokens.Reject(token);
            await api.SendTextAsync(await tokens.GetAsync(cancellationToken), openId, content, cancellationToken);
        }
        log.LogInformation("WeChat message {Id} sent to {OpenId}.", messageId, openId);
    }
}
