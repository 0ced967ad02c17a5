using System.Net;
using System.Net.Sockets;
using MppDirectory.Azurite;

namespace MppDirectory.Testing;

/// <summary>What <see cref="FaultProxy"/> does to traffic.</summary>
public enum Fault
{
    /// <summary>Forward every byte both ways.</summary>
    None,

    /// <summary>Accept connections and hold every byte: the peer waits for an answer that never comes.</summary>
    Hang,

    /// <summary>Forward, but hold each chunk for <see cref="FaultProxy.Latency"/> first.</summary>
    Latency,

    /// <summary>Stop listening (new connections are refused) and close the open ones.</summary>
    Refuse,

    /// <summary>Reset every open connection and each new one at once (TCP RST).</summary>
    Reset,
}

/// <summary>
/// A loopback TCP proxy in front of a real service (Azurite in the tests) that can hang, slow,
/// refuse and reset connections on demand, so that tests see how the app behaves when storage does.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private volatile Fault _fault;

    private FaultProxy(int port, int targetPort)
    {
        Port = port;
        _targetPort = targetPort;
    }

    public int Port { get; }

    public TimeSpan Latency { get; set; } = TimeSpan.FromSeconds(3);

    public Fault Fault => _fault;

    public static FaultProxy Start(int targetPort)
    {
        var proxy = new FaultProxy(AzuriteProcess.FreeLoopbackPort(), targetPort);
        proxy.Listen();
        return proxy;
    }

    /// <summary>Changes what the proxy does from now on, to open connections too.</summary>
    public void Set(Fault fault)
    {
        _fault = fault;
        switch (fault)
        {
            case Fault.Refuse:
                lock (_gate)
                {
                    _listener?.Stop();
                    _listener = null;
                }

                CloseOpen(reset: false);
                break;
            case Fault.Reset:
                Listen(); // accepted, then reset, rather than refused
                CloseOpen(reset: true);
                break;
            default:
                Listen();
                break;
        }
    }

    private void Listen()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener);
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException or OperationCanceledException or InvalidOperationException)
            {
                return; // stopped for Refuse or for good
            }

            if (_fault == Fault.Reset)
            {
                Close(client, reset: true);
                continue;
            }

            lock (_gate)
            {
                _open.Add(client); // from the accept on, so a fault set during the connect below reaches it
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var target = new TcpClient();
        try
        {
            await target.ConnectAsync(IPAddress.Loopback, _targetPort, _stopping.Token);
            lock (_gate)
            {
                _open.Add(target);
            }

            await Task.WhenAny(PumpAsync(client.GetStream(), target.GetStream()), PumpAsync(target.GetStream(), client.GetStream()));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(target);
            }

            client.Dispose();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
            {
                while (_fault == Fault.Hang)
                {
                    await Task.Delay(20, _stopping.Token); // hold the bytes until the fault clears
                }

                if (_fault == Fault.Latency)
                {
                    await Task.Delay(Latency, _stopping.Token);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    private void CloseOpen(bool reset)
    {
        List<TcpClient> open;
        lock (_gate)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var client in open)
        {
            Close(client, reset);
        }
    }

    private static void Close(TcpClient client, bool reset)
    {
        try
        {
            if (reset && client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0); // close with RST, not FIN
            }

            client.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }

        CloseOpen(reset: false);
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
