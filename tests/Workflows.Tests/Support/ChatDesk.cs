using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Workflows.Tests.Support;

/// <summary>
/// A desk for the web chat, shared by one test class: codes to customers land in an outbox pickup folder, where
/// <see cref="CodeFor"/> reads them as the customer's phone would. <see cref="SecondHostAsync"/> starts another host on
/// the same database. Tests tell their data apart by address. The bot stays out of its chats unless a derived desk
/// (<see cref="BotChatDesk"/>) asks for it.
/// </summary>
public partial class ChatDesk : IAsyncLifetime
{
    private readonly ClusterFixture cluster;
    private readonly bool bot;

    public ChatDesk(ClusterFixture cluster) : this(cluster, bot: false) { }

    protected ChatDesk(ClusterFixture cluster, bool bot) => (this.cluster, this.bot) = (cluster, bot);

    public string Pickup { get; } = Directory.CreateTempSubdirectory("chat-outbox-").FullName;
    public SoloDesk Desk { get; private set; } = null!;
    private WebApplicationFactory<Program>? _second;

    public (string, string)[] Settings =>
        [("Outbox:PickupDirectory", Pickup), ("Channels:Chat:CodesPerIp", "10000"), ("Outbox:PollInterval", "00:00:00.2"), ("Channels:Chat:Bot", bot ? "true" : "false")];

    public async Task InitializeAsync() => Desk = await SoloDesk.StartAsync(cluster, $"chat_{Guid.NewGuid():N}", Settings);

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await Desk.DisposeAsync();
        Directory.Delete(Pickup, recursive: true);
    }

    /// <summary>A second host on the same database, as a second machine behind the load balancer would be.</summary>
    public WebApplicationFactory<Program> SecondHost() => _second ??= new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("ConnectionStrings:Workflows", Desk.ConnectionString);
        foreach (var (key, value) in Settings) web.UseSetting(key, value);
    });

    /// <summary>The code in the newest message to <paramref name="address"/> (SMS or email), waiting for the outbox to deliver it.</summary>
    public async Task<string> CodeFor(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var newest = Directory.GetFiles(Pickup, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
                .Where(m => m.GetProperty("Payload").GetProperty("to").GetString() == address && IsCode(m.GetProperty("Payload")))
                .OrderByDescending(m => m.GetProperty("CreatedAt").GetDateTimeOffset()).FirstOrDefault();
            if (newest.ValueKind == JsonValueKind.Object) return SixDigits().Match(newest.GetProperty("Payload").GetProperty("body").GetString()!).Value;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No code reached {address}.");
    }

    /// <summary>A customer's browser, verified for <paramref name="address"/> (on <paramref name="host"/>, the first by default).</summary>
    public async Task<HttpClient> VerifiedCustomerAsync(string address, string language = "zh-CN", WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? Desk.Host).CreateClient();
        (await client.PostAsJsonAsync("/api/chat/codes", new { address, language })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/chat/verify", new { address, code = await CodeFor(address) })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Sets the presence of the front line's agents, so a chat is answered live (one online) or becomes a ticket (none).</summary>
    public async Task FrontLineAsync(bool online)
    {
        foreach (var agent in new[] { "agent1", "agent3" })
        {
            using var client = await Desk.SignInAsync(agent);
            (await client.PutAsJsonAsync("/api/me/presence", new { status = online && agent == "agent1" ? "online" : "offline" })).EnsureSuccessStatusCode();
        }
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Desk.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A code, not another message to the same phone (a case's acknowledgement names its number, digits too).</summary>
    private static bool IsCode(JsonElement payload) => payload.TryGetProperty("kind", out var kind) && kind.GetString() == "chat-code";

    public static string NewPhone() => "+86139" + Random.Shared.Next(10_000_000, 99_999_999);

    public static string NewEmail() => $"chat-{Guid.NewGuid():N}"[..16] + "@example.com";

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
