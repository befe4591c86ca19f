using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Workflows.Bench.Runtime;
using Workflows.Desk.Database;

namespace Workflows.Bench.Channels;

/// <summary>
/// WeChat's servers pushing customers' messages at the official account's callback: <c>rate</c> signed text messages
/// a second (100 by default) for <c>seconds</c> (60), from <c>customers</c> followers (500), each first talking to the
/// bot (the product's default) and then to a case; one message in twenty is a WeChat retry (the same MsgId
/// again). Arrivals are on a fixed schedule, so a slow answer delays no later message, and each answer's time is
/// measured from when WeChat would have sent it. WeChat waits 5 s; the issue asks p99 at most 1 s. At the end, once every
/// message written down has been handled, the database is checked: one receipt per distinct message, none for a retry.
/// </summary>
public static class WeChatCallbackBenchmark
{
    private const string Token = "benchToken2026";

    public static async Task RunAsync(string[] args)
    {
        var rate = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var customers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        var count = (int)(rate * seconds);
        await using var api = await BenchWeChatApi.StartAsync();
        await using var postgres = await BenchCluster.StartAsync("wechat");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress, $"--Channels:WeChat:Token={Token}",
            $"--Channels:WeChat:AppId={BenchWeChatApi.AppId}", $"--Channels:WeChat:AppSecret={BenchWeChatApi.AppSecret}", $"--Channels:WeChat:ApiBase={api.ApiBase}");
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            await BenchHost.WaitReadyAsync(client);
            var openIds = Enumerable.Range(0, customers).Select(i => $"oBench{i:D6}{Guid.NewGuid():N}"[..28]).ToArray();
            var times = new ConcurrentBag<double>();
            var (failures, retries) = (0, 0);
            var sent = new List<(string OpenId, string Xml)>();
            var clock = Stopwatch.StartNew();
            var sending = new List<Task>(count);
            for (var i = 0; i < count; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                if (due - clock.Elapsed is { } wait && wait > TimeSpan.Zero) await Task.Delay(wait);
                (string OpenId, string Xml) message;
                if (i % 20 == 19 && sent.Count > 0)
                {
                    message = sent[Random.Shared.Next(Math.Max(0, sent.Count - 50), sent.Count)]; // a retry of a recent message
                    retries++;
                }
                else
                {
                    var openId = openIds[i % customers];
                    message = (openId, Text(openId, i < customers ? "我的付款被拒绝了，提示交易失败，怎么办？" : $"补充说明第 {i / customers} 次：订单号 {100000 + i}", 7_000_000_000_000_000L + i));
                    sent.Add(message);
                }
                sending.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var response = await client.PostAsync(SignedUrl(message.OpenId), new StringContent(message.Xml, Encoding.UTF8, "text/xml"));
                        var body = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode == HttpStatusCode.OK) times.Add((clock.Elapsed - due).TotalMilliseconds);
                        else Interlocked.Increment(ref failures);
                    }
                    catch (HttpRequestException) { Interlocked.Increment(ref failures); }
                    catch (TaskCanceledException) { Interlocked.Increment(ref failures); }
                }));
            }
            await Task.WhenAll(sending);
            var elapsed = clock.Elapsed;
            // Answers may come before handling (a burst): wait until every message written down has been handled.
            var pending = await DrainAsync(postgres.ConnectionString, TimeSpan.FromSeconds(120));
            var drained = clock.Elapsed - elapsed;
            var ordered = times.Order().ToList();
            var receipts = await CountAsync(postgres.ConnectionString, $"SELECT count(*) FROM {DeskTables.WeChatReceipts} WHERE msg_type = 'text'");
            var entries = await CountAsync(postgres.ConnectionString,
                $"SELECT count(*) FROM {DeskTables.CaseMessages} WHERE channel = 'wechat' AND direction = 'inbound' AND kind IN ('intake', 'reply')");
            var cases = await CountAsync(postgres.ConnectionString, $"SELECT count(*) FROM {DeskTables.Cases} WHERE channel = 'wechat'");
            var conversations = await CountAsync(postgres.ConnectionString, $"SELECT count(*) FROM {DeskTables.BotConversations}");
            Console.WriteLine($"WeChat callback, {count:N0} messages at {rate:F0}/s ({count / elapsed.TotalSeconds:F1}/s achieved) from {customers} followers, {retries} of them retries:");
            Console.WriteLine($"  answer p50 {At(ordered, 0.5):F1} ms, p95 {At(ordered, 0.95):F1} ms, p99 {At(ordered, 0.99):F1} ms, max {ordered.LastOrDefault():F1} ms; " +
                $"{failures} failed");
            Console.WriteLine($"  all handled {drained.TotalSeconds:F1} s after the last answer ({pending} left); {conversations} bot conversations, {cases} cases, " +
                $"{entries:N0} case timeline entries");
            Console.WriteLine($"  {receipts:N0} receipts for {sent.Count:N0} distinct messages (retries wrote nothing twice: {receipts == sent.Count && pending == 0})");
            if (failures > 0 || receipts != sent.Count || pending > 0) Environment.ExitCode = 1;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private static string Text(string openId, string content, long msgId) =>
        $"<xml><ToUserName><![CDATA[gh_bench0000001]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
        $"<CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType>" +
        $"<Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId></xml>";

    /// <summary>The callback's address as WeChat signs it: SHA-1 of the token, timestamp and nonce, sorted and joined.</summary>
    private static string SignedUrl(string openId)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        string[] parts = [Token, timestamp, nonce];
        Array.Sort(parts, StringComparer.Ordinal);
        var signature = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)))).ToLowerInvariant();
        return $"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}";
    }

    private static async Task<long> DrainAsync(string connectionString, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        long pending;
        while ((pending = await CountAsync(connectionString, $"SELECT count(*) FROM {DeskTables.WeChatDeliveries}")) > 0 && clock.Elapsed < limit)
            await Task.Delay(100);
        return pending;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static double At(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
