using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Package;

namespace MppDirectory.Datasets;

public static class DatasetMediaTypes
{
    /// <summary>The media types (without parameters) a version's files are served with.</summary>
    public static IReadOnlyList<string> Essences { get; } =
        [.. new[]
        {
            CsvTableWriter.MediaType, JsonTableWriter.JsonMediaType, JsonTableWriter.NdjsonMediaType,
            GeoJsonWriter.MediaType, DeterministicZip.MediaType, ReadmeWriter.MediaType,
        }.Select(type => type.Split(';')[0]).Distinct(StringComparer.Ordinal)];
}
