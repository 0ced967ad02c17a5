namespace MppDirectory.Api.ReadModel;

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>How long reads trust the loaded directory before checking the stored data version again.</summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
