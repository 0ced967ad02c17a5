using System.Diagnostics;

namespace MppDirectory.Testing;

/// <summary>Runs one of the project's command-line tools from the repository root and captures its output.</summary>
public static class ProcessRunner
{
    /// <param name="Output">What it wrote to stdout, then what it wrote to stderr.</param>
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>What it wrote to stdout alone.</summary>
        public string StandardOutput { get; init; } = "";

        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static async Task<Result> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(fileName + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await stdout + await stderr) { StandardOutput = await stdout };
    }
}
