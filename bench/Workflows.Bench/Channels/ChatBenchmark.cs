using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Bench.Runtime;

namespace Workflows.Bench.Channels;

/// <summary>
/// <c>sessions</c> customers (500 by default) on the chat page at once, each verified by the code the outbox dropped in
/// a pickup folder, each with a chat open and its event stream connected; then an agent answers every chat <c>rounds</c>
/// times (3), <c>rate</c> replies a second (100). Delivery is timed from the moment the agent's reply is sent until it
/// arrives on the customer's stream: through the outbox, the chat entry and the database notification, as in production.
/// The issue asks p95 at most 200 ms. Every reply must arrive exactly once.
/// </summary>
public static partial class ChatBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var pickup = Directory.CreateTempSubdirectory("bench-chat-").FullName;
        await using var postgres = await BenchCluster.StartAsync("chat");
        // The bot stays out: what is timed is an agent's reply reaching a customer who talks with a person.
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress, $"--Outbox:PickupDirectory={pickup}",
            "--Channels:Chat:CodesPerIp=1000000", "--Channels:Chat:MessagesPerMinute=1000000", "--Channels:Chat:Bot=false");
        using var stop = new CancellationTokenSource();
        try
        {
            using var customers = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = sessions + 64 })
                { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
            var agent = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
            await BenchHost.WaitReadyAsync(agent);
            (await agent.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();
            (await agent.PutAsJsonAsync("/api/me/presence", new { status = "online" })).EnsureSuccessStatusCode();
            var codes = new ConcurrentDictionary<string, string>();
            var reading = ReadCodesAsync(pickup, codes, stop.Token);

            var setup = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(16);
            var chats = await Task.WhenAll(Enumerable.Range(0, sessions).Select(async i =>
            {
                await gate.WaitAsync();
                try { return await OpenChatAsync(customers, codes, $"+86138{i:D8}"); }
                finally { gate.Release(); }
            }));
            Console.WriteLine($"Chat: {sessions} customers verified and chatting in {setup.Elapsed.TotalSeconds:F1} s");

            var sentAt = new ConcurrentDictionary<string, TimeSpan>();
            var times = new ConcurrentBag<double>();
            var arrivals = new ConcurrentDictionary<string, int>();
            var clock = Stopwatch.StartNew();
            var streams = chats.Select(chat => FollowAsync(customers, chat.Cookie, item =>
            {
                if (item.EventType != "message") return;
                var body = JsonDocument.Parse(item.Data).RootElement.GetProperty("body").GetString()!;
                if (!sentAt.TryGetValue(body, out var sent)) return;
                if (arrivals.AddOrUpdate(body, 1, (_, n) => n + 1) == 1) times.Add((clock.Elapsed - sent).TotalMilliseconds);
            }, stop.Token)).ToList();
            await Task.Delay(TimeSpan.FromSeconds(2)); // every stream connected

            var replies = new List<Task>();
            var count = sessions * rounds;
            for (var i = 0; i < count; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate) + TimeSpan.FromSeconds(2);
                if (due - clock.Elapsed is { } wait && wait > TimeSpan.Zero) await Task.Delay(wait);
                var (caseId, body) = (chats[i % sessions].CaseId, $"bench reply {i}");
                replies.Add(Task.Run(async () =>
                {
                    sentAt[body] = clock.Elapsed;
                    (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body })).EnsureSuccessStatusCode();
                }));
            }
            await Task.WhenAll(replies);
            var deadline = clock.Elapsed + TimeSpan.FromSeconds(10);
            while (arrivals.Count < count && clock.Elapsed < deadline) await Task.Delay(100);
            var ordered = times.Order().ToList();
            var twice = arrivals.Count(a => a.Value > 1);
            Console.WriteLine($"  {count:N0} agent replies at {rate:F0}/s to {sessions} open chats: delivery p50 {At(ordered, 0.5):F1} ms, p95 {At(ordered, 0.95):F1} ms, " +
                $"p99 {At(ordered, 0.99):F1} ms, max {ordered.LastOrDefault():F1} ms");
            Console.WriteLine($"  arrived {arrivals.Count:N0} of {count:N0}, {twice} twice (every reply exactly once: {arrivals.Count == count && twice == 0})");
            if (arrivals.Count != count || twice > 0) Environment.ExitCode = 1;
            await stop.CancelAsync();
            await Task.WhenAll(streams.Append(reading));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            Directory.Delete(pickup, recursive: true);
        }
    }

    private static async Task<(string Cookie, Guid CaseId)> OpenChatAsync(HttpClient client, ConcurrentDictionary<string, string> codes, string phone)
    {
        (await client.PostAsJsonAsync("/api/chat/codes", new { address = phone, language = "zh-CN" })).EnsureSuccessStatusCode();
        while (!codes.ContainsKey(phone)) await Task.Delay(20);
        using var verified = await client.PostAsJsonAsync("/api/chat/verify", new { address = phone, code = codes[phone] });
        verified.EnsureSuccessStatusCode();
        var cookie = verified.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var start = new HttpRequestMessage(HttpMethod.Post, "/api/chat/start") { Content = JsonContent.Create(new { message = "我的付款被拒绝了，怎么办？" }) };
        start.Headers.Add("Cookie", cookie);
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        return (cookie, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid());
    }

    private static async Task FollowAsync(HttpClient client, string cookie, Action<SseItem<string>> heard, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/chat/stream");
        request.Headers.Add("Cookie", cookie);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
            await using var body = await response.Content.ReadAsStreamAsync(stop);
            await foreach (var item in SseParser.Create(body).EnumerateAsync(stop)) heard(item);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    /// <summary>The codes the outbox dropped in the pickup folder, by the number they went to, as the customers' phones would show them.</summary>
    private static async Task ReadCodesAsync(string pickup, ConcurrentDictionary<string, string> codes, CancellationToken stop)
    {
        var read = new HashSet<string>();
        while (!stop.IsCancellationRequested)
        {
            foreach (var file in Directory.GetFiles(pickup, "*.json").Where(read.Add))
            {
                var payload = JsonDocument.Parse(await File.ReadAllTextAsync(file, CancellationToken.None)).RootElement.GetProperty("Payload");
                if (payload.TryGetProperty("kind", out var kind) && kind.GetString() == "chat-code")
                    codes[payload.GetProperty("to").GetString()!] = SixDigits().Match(payload.GetProperty("body").GetString()!).Value;
            }
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static double At(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
