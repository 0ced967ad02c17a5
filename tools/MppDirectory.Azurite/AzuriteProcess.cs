using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MppDirectory.Azurite;

/// <summary>
/// A real Azurite (Blob and Table services; its Queue service idles) from the project's own npm
/// dependencies, in memory, on free loopback ports, started by the repository's one launcher,
/// <c>tools/azurite.mjs</c>, which <c>npm start</c> uses too. Tests share one per test assembly
/// (MppDirectory.Testing's SharedAzurite); dispose it to stop it.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // The emulator's documented well-known development account.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The launcher of the repository this program runs from, found by walking up.</summary>
    private static readonly Lazy<string> Launcher = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "azurite.mjs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tools/azurite.mjs not found above " + AppContext.BaseDirectory);
    });

    private readonly Process _process;

    private AzuriteProcess(Process process, AzuritePorts ports)
    {
        _process = process;
        Ports = ports;
    }

    public AzuritePorts Ports { get; }

    public int ProcessId => _process.Id;

    public string ConnectionString => ConnectionStringFor(Ports.Blob, Ports.Table);

    /// <summary>The development account on loopback ports, whether or not anything listens there.</summary>
    public static string ConnectionStringFor(int blobPort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>
    /// Starts Azurite on a free port. Another process can take that port between the look-up and
    /// Azurite's bind, so a start that fails is tried again on a new port.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var launcher = Launcher.Value;
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(launcher, new AzuritePorts(FreeLoopbackPort(), FreeLoopbackPort(), FreeLoopbackPort()), cancellationToken);
            }
            catch (InvalidOperationException) when (attempt < Attempts)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(string launcher, AzuritePorts ports, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetDirectoryName(launcher))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { launcher, "--blob", Text(ports.Blob), "--queue", Text(ports.Queue), "--table", Text(ports.Table) })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Azurite says when each service listens; a connect test alone could reach another process on a reused port.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listening = new HashSet<string>();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Contains("successfully listening", StringComparison.Ordinal))
            {
                lock (listening)
                {
                    listening.Add(line);
                    if (listening.Count == 3)
                    {
                        started.TrySetResult();
                    }
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                errors.Enqueue(line);
            }
        };
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"Azurite exited on ports {ports}: {string.Join(" / ", errors)}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, ports);
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

public sealed record AzuritePorts(int Blob, int Queue, int Table);
