using Npgsql;

namespace Workflows.Server.Database.Signals;

/// <summary>
/// LISTENs to every declared channel on a connection of its own (outside the pool: LISTEN is per connection) and
/// hands what arrives to <see cref="DatabaseSignals"/>; reconnects after a second when the connection drops.
/// </summary>
public sealed class DatabaseSignalListener(NpgsqlDataSource dataSource, DatabaseSignals signals, ILogger<DatabaseSignalListener> logger) : BackgroundService
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
                connection.Notification += (_, e) => Dispatch(e.Channel, e.Payload);
                foreach (var channel in signals.Channels)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection);
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                signals.Listening = true;
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                logger.LogWarning("Database signals are not heard ({Reason}); listening again in a second.", e.Message);
            }
            finally
            {
                signals.Listening = false;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    private void Dispatch(string channel, string payload)
    {
        try
        {
            signals.Dispatch(channel, payload);
        }
        catch (Exception e)
        {
            // A handler's bug must not take the listener down for every other channel.
            logger.LogError(e, "A handler of database signal {Channel} failed.", channel);
        }
    }
}
