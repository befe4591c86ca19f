using System.Net.Http.Json;
using Npgsql;

namespace Workflows.Tests.Support;

/// <summary>
/// A desk with the WeChat channel configured against a <see cref="FakeWeChatApi"/>, shared by one test class; tests
/// tell their data apart by OpenID. <see cref="Push"/> plays WeChat's servers towards the desk. The bot is off unless a
/// desk asks for it: the channel's own tests see messages reach cases directly.
/// </summary>
public abstract class WeChatDesk(ClusterFixture cluster, string database, bool safeMode, bool bot = false) : IAsyncLifetime
{
    public const string Token = "wxToken2026Desk";
    public const string EncodingAesKey = "sDgPmLDBSXbkkdCOfYa4kQxLaoZVlO0Amc28zm6CzZU";

    public FakeWeChatApi Api { get; private set; } = null!;
    public SoloDesk Desk { get; private set; } = null!;
    public WeChatPush Push { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Api = await FakeWeChatApi.StartAsync();
        (string, string)[] settings =
        [
            ("Channels:WeChat:Token", Token), ("Channels:WeChat:AppId", FakeWeChatApi.AppId), ("Channels:WeChat:AppSecret", FakeWeChatApi.AppSecret),
            ("Channels:WeChat:ApiBase", Api.ApiBase), ("Channels:Bot:Enabled", bot ? "true" : "false"), .. safeMode ? [("Channels:WeChat:EncodingAesKey", EncodingAesKey)] : Array.Empty<(string, string)>(),
            .. Settings,
        ];
        Desk = await SoloDesk.StartAsync(cluster, database, settings);
        Push = new WeChatPush(Desk.Host.CreateClient(), Token, safeMode ? EncodingAesKey : null, FakeWeChatApi.AppId);
    }

    /// <summary>
    /// More configuration. By default the callback waits up to 4 s for a message's handling, so a test reads the desk
    /// right after its push without racing the handling even on a busy machine; the product answers after 0.8 s.
    /// </summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [("Channels:WeChat:AnswerWithin", "00:00:04")];

    public virtual async Task DisposeAsync()
    {
        await Desk.DisposeAsync();
        await Api.DisposeAsync();
    }

    /// <summary>One number from the desk's database.</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters));

    /// <summary>One text from the desk's database, or null.</summary>
    public async Task<string?> ScalarTextAsync(string sql, params (string Name, object Value)[] parameters) => await ScalarAsync(sql, parameters) as string;

    /// <summary>Changes the desk's data the way no API does (a customer's language), for a test's Given.</summary>
    public Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters) => ScalarAsync(sql, parameters);

    private async Task<object?> ScalarAsync(string sql, (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Desk.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The customer who has this OpenID as their WeChat contact, if any.</summary>
    public async Task<Guid?> CustomerOfAsync(string openId) => await ScalarAsync(
        $"SELECT customer_id FROM {Workflows.Desk.Database.DeskTables.CustomerContacts} WHERE channel = 'wechat' AND address = @openId", [("openId", openId)]) as Guid?;

    /// <summary>A fresh OpenID as WeChat makes them: 28 characters starting with "o".</summary>
    public static string NewOpenId() => "o" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace('+', '-').Replace('/', '_')[..22] + "_test";

    public static long NewMsgId() => Random.Shared.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000);

    /// <summary>Agent (L1), signed in once for the class.</summary>
    public Task<HttpClient> AgentAsync() => _agent ??= Desk.SignInAsync("agent1");

    private Task<HttpClient>? _agent;
}
