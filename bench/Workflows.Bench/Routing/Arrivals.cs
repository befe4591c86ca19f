using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace Workflows.Bench.Routing;

/// <summary>
/// Customers writing in: <c>count</c> cases opened through the intake API at a steady rate, spread over the hosts, a
/// tenth of them urgent and three tenths web chats. Reports each case's intake time; <c>progress</c> sees each one sent.
/// </summary>
internal static class Arrivals
{
    private static readonly string[] Tickets = ["phone", "email", "wechat"];

    public static async Task<List<double>> SendAsync(IReadOnlyList<HttpClient> senders, int count, double rate, Action<int> progress)
    {
        using var gate = new SemaphoreSlim(8);
        var times = new ConcurrentBag<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var sending = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            await gate.WaitAsync();
            var index = i;
            sending.Add(Task.Run(async () =>
            {
                try
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await senders[index % senders.Count].PostAsJsonAsync("/api/cases", new
                    {
                        channel = index % 10 < 3 ? "chat" : Tickets[index % Tickets.Length], priority = index % 10 == 7 ? "urgent" : "normal",
                        customer = new { phone = "138" + (10_000_000 + index), name = $"Customer {index} / 客户{index}" },
                        subject = "充值未到账", description = "我昨天的充值还没有到账，请帮忙查一下",
                    });
                    if (response.IsSuccessStatusCode) times.Add(watch.Elapsed.TotalMilliseconds);
                    else Interlocked.Increment(ref failures);
                }
                finally
                {
                    gate.Release();
                    progress(index);
                }
            }));
        }
        await Task.WhenAll(sending);
        if (failures > 0) Console.WriteLine($"warning: {failures} intake requests failed");
        return [.. times];
    }
}
