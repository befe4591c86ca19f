using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Tests.Support;

/// <summary>
/// WeChat's API as the channel uses it, on Kestrel at http://127.0.0.1:&lt;free port&gt;: <c>/cgi-bin/token</c> hands
/// out access tokens for one AppId and secret, <c>/cgi-bin/message/custom/send</c> takes text messages sent with a
/// good token and answers 40001 or 42001 otherwise, as WeChat does. A test can expire the tokens it gave, shorten
/// their lifetime, or take the API down (every connection dropped) and bring it back.
/// </summary>
public sealed class FakeWeChatApi : IAsyncDisposable
{
    public const string AppId = "wx5f1c0ffee0c0ffee";
    public const string AppSecret = "3f9d2b7c1e8a4d6f0b5c9e2a7d1f4b8c";

    /// <summary>A text message WeChat accepted, with the token it came with and the body exactly as sent.</summary>
    public sealed record SentText(string ToUser, string Content, string Token, string RawBody);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();
    private readonly ConcurrentDictionary<string, int> _revoked = new();
    private WebApplication _app = null!;
    private int _issued, _dropped;

    public string ApiBase { get; private set; } = "";
    public ConcurrentQueue<string> IssuedTokens { get; } = new();
    public ConcurrentQueue<SentText> Sent { get; } = new();
    public ConcurrentQueue<(string Token, int ErrCode)> Refused { get; } = new();
    public int TokenLifetimeSeconds { get; set; } = 7200;

    /// <summary>While true, every connection is dropped before an answer: WeChat unreachable.</summary>
    public bool Down { get; set; }
    public int DroppedCalls => Volatile.Read(ref _dropped);

    public static async Task<FakeWeChatApi> StartAsync()
    {
        var api = new FakeWeChatApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // not the host's appsettings.json or ASPNETCORE_URLS
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (!api.Down) { await next(context); return; }
            Interlocked.Increment(ref api._dropped);
            context.Abort();
        });
        app.MapGet("/cgi-bin/token", api.Token);
        app.MapPost("/cgi-bin/message/custom/send", api.SendAsync);
        await app.StartAsync();
        api._app = app;
        api.ApiBase = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return api;
    }

    /// <summary>Every token given so far stops working; sends with one are answered with <paramref name="errCode"/>.</summary>
    public void ExpireTokens(int errCode)
    {
        foreach (var token in _tokens.Keys) _revoked[token] = errCode;
    }

    public IReadOnlyList<SentText> SentTo(string openId) => Sent.Where(s => s.ToUser == openId).ToList();

    private IResult Token(string? grant_type, string? appid, string? secret)
    {
        if (grant_type != "client_credential") return Error(40002, "invalid grant_type");
        if (appid != AppId) return Error(40013, "invalid appid");
        if (secret != AppSecret) return Error(40125, "invalid appsecret");
        var token = $"ACCESS_TOKEN_{Interlocked.Increment(ref _issued)}_{Guid.NewGuid():N}";
        _tokens[token] = DateTimeOffset.UtcNow.AddSeconds(TokenLifetimeSeconds);
        IssuedTokens.Enqueue(token);
        return Results.Json(new { access_token = token, expires_in = TokenLifetimeSeconds });
    }

    private async Task<IResult> SendAsync(HttpRequest request, string? access_token)
    {
        var raw = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        var token = access_token ?? "";
        var code = !_tokens.TryGetValue(token, out var expires) ? 40001
            : _revoked.TryGetValue(token, out var revoked) ? revoked
            : DateTimeOffset.UtcNow >= expires ? 42001 : 0;
        if (code != 0)
        {
            Refused.Enqueue((token, code));
            return Error(code, code == 42001 ? "access_token expired" : "invalid credential, access_token is invalid or not latest");
        }
        var body = JsonDocument.Parse(raw).RootElement;
        if (body.GetProperty("msgtype").GetString() != "text") return Error(40008, "invalid message type");
        Sent.Enqueue(new SentText(body.GetProperty("touser").GetString()!, body.GetProperty("text").GetProperty("content").GetString()!, token, raw));
        return Error(0, "ok");
    }

    private static IResult Error(int code, string message) => Results.Json(new { errcode = code, errmsg = message });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
