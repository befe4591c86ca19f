using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace Workflows.Bench.Routing;

/// <summary>
/// The agents at work: each offer is looked at for a moment, then claimed (or, one time in thirty, declined), held
/// for a while and completed. <see cref="Hold"/> sets how long a task is held: short while the floor has room,
/// long when the run wants a queue. HTTP calls go through a few at a time, as a floor's clicks would.
/// </summary>
internal sealed class FloorWork(IReadOnlyDictionary<string, FloorAgent> agents)
{
    private readonly SemaphoreSlim _http = new(12);
    private readonly ConcurrentBag<Task> _running = [];

    public (double Min, double Max) Hold { get; set; } = (1, 3);
    public ConcurrentDictionary<Guid, DateTimeOffset> Declined { get; } = new();
    public int Claimed;
    public int Completed;
    public int Refused;

    public async Task RunAsync(OfferWatch watch)
    {
        await foreach (var offer in watch.New.Reader.ReadAllAsync()) _running.Add(Task.Run(() => WorkAsync(offer)));
        await Task.WhenAll(_running);
    }

    private async Task WorkAsync(SeenOffer offer)
    {
        var agent = agents[offer.UserName];
        await Task.Delay(Random.Shared.Next(100, 600));
        if (Random.Shared.Next(30) == 0)
        {
            Declined[offer.TaskId] = DateTimeOffset.UtcNow;
            await SendAsync(() => agent.Client.PostAsync($"/api/me/offers/{offer.TaskId}/decline", null));
            return;
        }
        // An offer taken back meanwhile (the agent went offline, their shift ended, it lapsed) cannot be claimed: 409.
        if (!await SendAsync(() => agent.Client.PostAsync($"/api/tasks/{offer.TaskId}/claim", null)))
        {
            Interlocked.Increment(ref Refused);
            return;
        }
        Interlocked.Increment(ref Claimed);
        var (min, max) = Hold;
        await Task.Delay(TimeSpan.FromSeconds(min + Random.Shared.NextDouble() * (max - min)));
        if (await SendAsync(() => agent.Client.PostAsJsonAsync($"/api/tasks/{offer.TaskId}/complete", new { variables = new { } })))
            Interlocked.Increment(ref Completed);
    }

    private async Task<bool> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        await _http.WaitAsync();
        try
        {
            using var response = await send();
            return response.IsSuccessStatusCode;
        }
        finally
        {
            _http.Release();
        }
    }
}
