using Npgsql;

namespace Workflows.Tests.Support;

/// <summary>A desk of its own (host and database) shared by the tests of one class, which tell their data apart by customer.</summary>
public sealed class PlainDesk(ClusterFixture cluster) : IAsyncLifetime
{
    public SoloDesk Desk { get; private set; } = null!;

    public async Task InitializeAsync() => Desk = await SoloDesk.StartAsync(cluster, $"desk_{Guid.NewGuid():N}");

    public Task DisposeAsync() => Desk.DisposeAsync().AsTask();

    /// <summary>One number from the desk's database.</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Desk.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Signed in once per user for the class.</summary>
    public Task<HttpClient> AsAsync(string userName)
    {
        lock (_clients) return _clients.TryGetValue(userName, out var client) ? client : _clients[userName] = Desk.SignInAsync(userName);
    }

    private readonly Dictionary<string, Task<HttpClient>> _clients = [];
}
