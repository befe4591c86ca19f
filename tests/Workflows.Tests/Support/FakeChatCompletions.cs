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
/// An OpenAI-compatible Chat Completions endpoint (<c>POST /v1/chat/completions</c>) on Kestrel at
/// http://127.0.0.1:&lt;free port&gt;/v1, for the bot's rephrasing connector. It keeps every request as it came and
/// answers as <see cref="Behaviour"/> says: a completion with <see cref="Reply"/> as OpenAI shapes it, or one of the ways
/// a real endpoint fails.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    public enum Behaviour { Answer, ServerError, Hang, EmptyContent, Garbage }

    /// <summary>A request as it arrived: its path, its Authorization header, and its body parsed.</summary>
    public sealed record Request(string Path, string? Authorization, JsonElement Body)
    {
        public string Model => Body.GetProperty("model").GetString()!;
        public JsonElement Message(int index) => Body.GetProperty("messages")[index];
    }

    private WebApplication _app = null!;

    /// <summary>The base address the connector is configured with; it appends <c>/chat/completions</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public ConcurrentQueue<Request> Requests { get; } = new();

    public Behaviour Answering { get; set; } = Behaviour.Answer;
    public string Reply { get; set; } = "";

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var api = new FakeChatCompletions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // not the host's appsettings.json or ASPNETCORE_URLS
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", api.CompleteAsync);
        await app.StartAsync();
        api._app = app;
        api.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/v1";
        return api;
    }

    /// <summary>The requests that came after the first <paramref name="skip"/>: a test counts before it acts.</summary>
    public IReadOnlyList<Request> Since(int skip) => Requests.Skip(skip).ToList();

    private async Task<IResult> CompleteAsync(HttpRequest request, CancellationToken aborted)
    {
        var raw = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(aborted);
        // Kept before answering: the request is on the list by the time the desk has any answer, whatever the answer.
        Requests.Enqueue(new Request(request.Path, request.Headers.Authorization.FirstOrDefault(), JsonDocument.Parse(raw).RootElement.Clone()));
        switch (Answering)
        {
            case Behaviour.ServerError:
                return Results.Json(new { error = new { message = "The server had an error while processing your request.", type = "server_error" } }, statusCode: 500);
            case Behaviour.Hang:
                // Until the connector gives up and drops the connection (or the fake stops).
                try { await Task.Delay(Timeout.Infinite, aborted); } catch (OperationCanceledException) { }
                return Results.Empty;
            case Behaviour.Garbage:
                return Results.Text("<html><body>502 Bad Gateway</body></html>{\"choices\":", "application/json");
            case Behaviour.EmptyContent:
                return Completion("");
            default:
                return Completion(Reply);
        }
    }

    /// <summary>A chat.completion object as OpenAI's API reference shows it.</summary>
    private static IResult Completion(string content) => Results.Json(new
    {
        id = $"chatcmpl-{Guid.NewGuid():N}", @object = "chat.completion", created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 100, completion_tokens = content.Length, total_tokens = 100 + content.Length },
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
