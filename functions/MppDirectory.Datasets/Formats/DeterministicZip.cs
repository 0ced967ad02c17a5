using System.IO.Compression;

namespace MppDirectory.Datasets.Formats;

/// <summary>A zip whose bytes depend only on its entries: fixed order, fixed timestamps, fixed compression.</summary>
public static class DeterministicZip
{
    public const string MediaType = "application/zip";

    public static byte[] Create(IEnumerable<(string Path, byte[] Bytes)> entries, DateTimeOffset timestamp)
    {
        // Zip timestamps are local DOS times from 1980 on; the clock time is stored as given.
        var stamp = new DateTimeOffset(timestamp.UtcDateTime.Year < 1980 ? new DateTime(1980, 1, 1) : timestamp.UtcDateTime, TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in entries)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
