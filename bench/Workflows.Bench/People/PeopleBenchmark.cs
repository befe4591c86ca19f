using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Bench.Runtime;

namespace Workflows.Bench.People;

/// <summary>
/// What a directory and a morning shift do to the people part: SCIM provisions users (1,000 by default, each with a
/// password, so the real Argon2id hasher runs) and groups (50) with their members, one request at a time as
/// directories send them; then 8 people sign in at once, over and over, and the sign-in's p50/p95 is printed.
/// </summary>
public static class PeopleBenchmark
{
    private const string Password = "Bench-password-2026";

    public static async Task RunAsync(string[] args)
    {
        var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
        var groups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var signIns = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 400;
        await using var postgres = await BenchCluster.StartAsync("people");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            var admin = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
            await BenchHost.WaitReadyAsync(admin);
            (await admin.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).EnsureSuccessStatusCode();
            var created = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "bench directory", scopes = new[] { "scim" } });
            var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            var scim = new HttpClient { BaseAddress = baseAddress };
            scim.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var ids = new List<string>(users);
            var userTimes = new List<double>(users);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < users; i++)
            {
                var (id, ms) = await PostAsync(scim, "/scim/v2/Users", new
                {
                    schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" }, userName = $"agent{i:D5}", displayName = $"Agent {i} / 客服{i}",
                    emails = new[] { new { value = $"agent{i:D5}@pay.example", primary = true } }, active = true, password = Password,
                    roles = new[] { new { value = "agent" } },
                });
                ids.Add(id);
                userTimes.Add(ms);
            }
            var usersElapsed = clock.Elapsed;
            var groupTimes = new List<double>(groups);
            clock.Restart();
            for (var g = 0; g < groups; g++)
            {
                var members = ids.Where((_, i) => i % groups == g).Select(id => new { value = id }).ToArray();
                groupTimes.Add((await PostAsync(scim, "/scim/v2/Groups", new { schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:Group" }, displayName = $"Department {g}", members })).Ms);
            }
            var groupsElapsed = clock.Elapsed;
            Console.WriteLine($"SCIM provisioning: {users:N0} users in {usersElapsed.TotalSeconds:F1} s ({users / usersElapsed.TotalSeconds:F1} users/s, " +
                $"POST p50 {Percentile(userTimes, 0.5):F1} ms, p95 {Percentile(userTimes, 0.95):F1} ms); {groups} groups with {users:N0} memberships in " +
                $"{groupsElapsed.TotalSeconds:F1} s (POST p95 {Percentile(groupTimes, 0.95):F1} ms); total {(usersElapsed + groupsElapsed).TotalSeconds:F1} s");

            var alone = new List<double>();
            for (var i = 0; i < Math.Max(1, signIns / 8); i++) alone.AddRange(await SignInAsync(baseAddress, [$"agent{i % users:D5}"]));
            Console.WriteLine($"Sign-in, one at a time, {alone.Count} sign-ins: p50 {Percentile(alone, 0.5):F1} ms, p95 {Percentile(alone, 0.95):F1} ms");
            var perClient = Math.Max(1, signIns / 8);
            var times = (await Task.WhenAll(Enumerable.Range(0, 8).Select(c =>
                Task.Run(() => SignInAsync(baseAddress, Enumerable.Range(0, perClient).Select(i => $"agent{(c * perClient + i) % users:D5}").ToArray())))))
                .SelectMany(t => t).ToList();
            Console.WriteLine($"Sign-in with Argon2id (19 MiB, 2 passes), 8 at once, {times.Count} sign-ins: p50 {Percentile(times, 0.5):F1} ms, p95 {Percentile(times, 0.95):F1} ms");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Each user signs in with a client of their own, as each person's browser would; the times of the sign-ins.</summary>
    private static async Task<List<double>> SignInAsync(Uri baseAddress, string[] userNames)
    {
        var result = new List<double>(userNames.Length);
        foreach (var userName in userNames)
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
            response.EnsureSuccessStatusCode();
            result.Add(watch.Elapsed.TotalMilliseconds);
        }
        return result;
    }

    private static async Task<(string Id, double Ms)> PostAsync(HttpClient scim, string path, object body)
    {
        var watch = Stopwatch.StartNew();
        using var response = await scim.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/scim+json"));
        var text = await response.Content.ReadAsStringAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        return (JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!, ms);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
