using Npgsql;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Listens for <see cref="SessionChanges"/> on a connection of its own (outside the pool: LISTEN is per connection)
/// and evicts from the <see cref="SessionCache"/>. While it is not listening, the cache is off, so a lost connection
/// costs a query per request, never a stale session.
/// </summary>
public sealed class SessionChangeListener(NpgsqlDataSource dataSource, SessionCache cache, ILogger<SessionChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => cache.Evict(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {SessionChanges.Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.SetListening(true);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                logger.LogWarning("Session changes are not heard ({Reason}); sessions are read from the database until the listener reconnects.", e.Message);
            }
            finally
            {
                cache.SetListening(false);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
