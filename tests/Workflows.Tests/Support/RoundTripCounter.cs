using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Tests.Support;

/// <summary>
/// A TCP proxy in front of PostgreSQL that counts round trips as the network sees them: each time a client that has
/// sent something gets an answer back is one. Statements sent together (Npgsql puts BEGIN in front of the next
/// statement; a batch is many statements and one Sync) cost one. It also reads the client's protocol messages to
/// count the statements executed. What a test measures this way is what the wire carries, not what the code says.
/// </summary>
public sealed class RoundTripCounter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private long _roundTrips;
    private long _statements;

    public RoundTripCounter(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>Statements executed: Execute messages of the extended protocol and simple Queries (BEGIN and COMMIT among them).</summary>
    public long Statements => Interlocked.Read(ref _statements);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = RelayAsync(client);
        }
    }

    /// <summary>One client connection: its requests relayed and read, the server's answers relayed and counted.</summary>
    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
                var waiting = new StrongBox<bool>();
                await Task.WhenAny(RequestsAsync(client.GetStream(), server.GetStream(), waiting), AnswersAsync(server.GetStream(), client.GetStream(), waiting));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException) { }
        }
    }

    private sealed class StrongBox<T> { public volatile bool Value; }

    private async Task AnswersAsync(Stream from, Stream to, StrongBox<bool> waiting)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            // The first bytes back after the client spoke end one round trip; the rest of the answer belongs to it.
            if (waiting.Value)
            {
                waiting.Value = false;
                Interlocked.Increment(ref _roundTrips);
            }
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    /// <summary>Copies the client's bytes to the server message by message, counting the statements on the way.</summary>
    private async Task RequestsAsync(Stream from, Stream to, StrongBox<bool> waiting)
    {
        // Until the startup message, messages have no type byte: a length, then a code (SSL request, startup).
        var started = false;
        var header = new byte[5];
        while (true)
        {
            var typed = started ? 1 : 0;
            if (!await ReadExactlyAsync(from, header.AsMemory(0, typed + 4))) return;
            var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(typed, 4)) - 4];
            if (!await ReadExactlyAsync(from, body)) return;
            if (!started)
                // 80877103 asks for SSL and 80877104 for GSS encryption: the server says no and the startup follows.
                started = BinaryPrimitives.ReadInt32BigEndian(body) is not (80877103 or 80877104);
            else if ((char)header[0] is 'E' or 'Q')
                Interlocked.Increment(ref _statements);
            waiting.Value = true;
            await to.WriteAsync(header.AsMemory(0, typed + 4), _stop.Token);
            await to.WriteAsync(body, _stop.Token);
        }
    }

    private async Task<bool> ReadExactlyAsync(Stream stream, Memory<byte> buffer)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, _stop.Token);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
