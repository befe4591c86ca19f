using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Bench.Channels;

/// <summary>
/// WeChat's API on loopback as far as the benchmark's host needs it: tokens, and customer-service sends counted and
/// accepted, so the replies and notices the flow sends go somewhere and never to WeChat.
/// </summary>
internal sealed class BenchWeChatApi : IAsyncDisposable
{
    public const string AppId = "wxbench0000000001";
    public const string AppSecret = "bench-secret-0000000000000000000";

    private WebApplication _app = null!;
    private int _sent;

    public string ApiBase { get; private set; } = "";
    public int Sent => Volatile.Read(ref _sent);

    public static async Task<BenchWeChatApi> StartAsync()
    {
        var api = new BenchWeChatApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/cgi-bin/token", () => Results.Json(new { access_token = $"BENCH_TOKEN_{Guid.NewGuid():N}", expires_in = 7200 }));
        app.MapPost("/cgi-bin/message/custom/send", () =>
        {
            Interlocked.Increment(ref api._sent);
            return Results.Json(new { errcode = 0, errmsg = "ok" });
        });
        await app.StartAsync();
        api._app = app;
        api.ApiBase = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
