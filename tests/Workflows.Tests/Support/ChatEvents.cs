using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Workflows.Tests.Support;

/// <summary>A customer page's event stream, read in the background as a browser's EventSource would: events arrive in order.</summary>
public sealed class ChatEvents : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SseItem<string>> _events = Channel.CreateUnbounded<SseItem<string>>();
    private readonly HttpResponseMessage _response;
    private readonly Task _reading;

    private ChatEvents(HttpResponseMessage response)
    {
        _response = response;
        _reading = Task.Run(async () =>
        {
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(_stop.Token);
                await foreach (var item in SseParser.Create(body).EnumerateAsync(_stop.Token)) await _events.Writer.WriteAsync(item);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException) { }
            finally
            {
                _events.Writer.TryComplete();
            }
        });
    }

    /// <summary>Opens the stream, resuming after <paramref name="lastEventId"/> if given, and waits for its first event.</summary>
    public static async Task<ChatEvents> OpenAsync(HttpClient customer, long? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/chat/stream");
        if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await customer.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new ChatEvents(response);
        Assert.Equal("ready", (await events.NextAsync(_ => true)).EventType);
        return events;
    }

    /// <summary>The next event that matches, skipping others; fails after <paramref name="seconds"/>.</summary>
    public async Task<SseItem<string>> NextAsync(Func<SseItem<string>, bool> match, double seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var item = await _events.Reader.ReadAsync(timeout.Token);
            if (match(item)) return item;
        }
    }

    /// <summary>The next message entry (the customer's, the desk's or a notice).</summary>
    public async Task<JsonElement> NextMessageAsync(double seconds = 10) =>
        JsonDocument.Parse((await NextAsync(e => e.EventType == "message", seconds)).Data).RootElement;

    /// <summary>The next message entry with this body, skipping others.</summary>
    public Task<SseItem<string>> NextWithBodyAsync(string body, double seconds = 10) => NextAsync(e => e.EventType == "message"
        && JsonDocument.Parse(e.Data).RootElement.GetProperty("body").GetString() == body, seconds);

    /// <summary>Every message entry that arrives within <paramref name="seconds"/>.</summary>
    public async Task<List<JsonElement>> MessagesWithinAsync(double seconds)
    {
        var all = new List<JsonElement>();
        try
        {
            while (true) all.Add(await NextMessageAsync(seconds));
        }
        catch (OperationCanceledException)
        {
            return all;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _stop.Dispose();
    }
}
