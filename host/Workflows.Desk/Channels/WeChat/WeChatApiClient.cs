using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The two calls of WeChat's API the channel makes: an access token (<c>/cgi-bin/token</c>) and a customer-service
/// text message (<c>/cgi-bin/message/custom/send</c>). A failure throws: an error code as <see cref="WeChatApiException"/>,
/// an unreachable or slow API as <see cref="HttpRequestException"/> or <see cref="TimeoutException"/>; the outbox tries again later.
/// </summary>
public sealed class WeChatApiClient(IHttpClientFactory http, IOptions<WeChatOptions> options)
{
    public const string HttpClientName = "wechat";

    public sealed record AccessToken(string Value, TimeSpan Lifetime);

    public async Task<AccessToken> GetTokenAsync(CancellationToken ct)
    {
        var o = options.Value;
        var url = $"{o.ApiBase}/cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(o.AppId!)}&secret={Uri.EscapeDataString(o.AppSecret!)}";
        using var answer = await CallAsync("token", client => client.GetAsync(url, ct), ct);
        var root = answer.RootElement;
        if (root.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value
            && root.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var lifetime) && lifetime > 0)
            return new AccessToken(value, TimeSpan.FromSeconds(lifetime));
        throw new WeChatApiException(-1, "no access_token in the answer", "token");
    }

    public async Task SendTextAsync(string accessToken, string openId, string content, CancellationToken ct)
    {
        var url = $"{options.Value.ApiBase}/cgi-bin/message/custom/send?access_token={Uri.EscapeDataString(accessToken)}";
        // Written by hand: the standard encoders escape every emoji (and the relaxed one still escapes those outside the
        // BMP); WeChat's own examples send the text as UTF-8, as is.
        var json = $$$"""{"touser":{{{Quote(openId)}}},"msgtype":"text","text":{"content":{{{Quote(content)}}}}}""";
        using var answer = await CallAsync("message/custom/send", client => client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), ct), ct);
    }

    private async Task<JsonDocument> CallAsync(string call, Func<HttpClient, Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        using var client = http.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await send(client);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // A timeout, not a shutdown: a failed attempt like any other, not a cancellation that would abort the outbox's batch.
            throw new TimeoutException($"WeChat's {call} did not answer within {client.Timeout.TotalSeconds:0} s.", e);
        }
        using (response)
        {
            response.EnsureSuccessStatusCode();
            var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            if (answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty("errcode", out var code)
                && code.TryGetInt32(out var errCode) && errCode != 0)
            {
                var message = answer.RootElement.TryGetProperty("errmsg", out var text) ? text.ToString() : null;
                answer.Dispose();
                throw new WeChatApiException(errCode, message, call);
            }
            return answer;
        }
    }

    /// <summary>A JSON string: only what JSON requires is escaped (quote, backslash, control characters); the rest stays UTF-8.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }
}
