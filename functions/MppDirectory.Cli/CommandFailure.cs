using System.Text.Json;
using MppDirectory.Storage;

namespace MppDirectory.Cli;

/// <summary>The failures a command answers with one line and exit code 2, rather than a stack trace.</summary>
internal static class CommandFailure
{
    public static bool IsExpected(Exception exception) =>
        exception is InvalidDataException or IOException or JsonException or FormatException or UnauthorizedAccessException
        || StorageFailure.Is(exception)
        || exception is Azure.RequestFailedException;

    public static string Describe(Exception exception) => exception switch
    {
        // The SDK's message carries the whole response; its first line says what failed.
        Azure.RequestFailedException failed => $"storage answered {failed.Status}: {FirstLine(failed.Message)}",
        _ when StorageFailure.Is(exception) => "storage could not be reached: " + FirstLine(exception.Message),
        _ => FirstLine(exception.Message),
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
