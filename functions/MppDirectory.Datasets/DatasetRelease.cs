using System.Globalization;

namespace MppDirectory.Datasets;

/// <summary>What names one build of the dataset: its SemVer version, when it was made, and the directory data version it holds.</summary>
public sealed record DatasetRelease(string Version, DateTimeOffset Created, string DataVersion)
{
    /// <summary>RFC 3339 in UTC to the second, as written in every file of the version.</summary>
    public string CreatedText => Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The file name a download carries: <c>mpp-directory-1.2.0-mpps.csv</c>.</summary>
    public string DownloadName(string file) => $"{DatasetInfo.Name}-{Version}-{file}";
}
