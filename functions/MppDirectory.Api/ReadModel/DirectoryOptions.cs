namespace MppDirectory.Api.ReadModel;

/// <summary>How the read model keeps itself up to date (section <c>Directory</c>).</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>How often the background refresher reads the stored data version (a point read).</summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one refresh (version check, and a load when the version changed) may take before it is given up.</summary>
    public TimeSpan RefreshDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between refreshes while storage keeps failing (the wait doubles from the interval up to this).</summary>
    public TimeSpan MaxRefreshBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a read may wait for the very first load; after it, a 503 problem with Retry-After.</summary>
    public TimeSpan FirstLoadWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after the last steward's write a dataset version is published (a burst of writes makes one version).</summary>
    public TimeSpan DatasetPublishDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A version check in flight for longer than this makes health say degraded (storage is slow or hung).</summary>
    public TimeSpan SlowCheck { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many days after a steward's check an MPP or counter is due for a check again
    /// (<see cref="Domain.Records.VerificationRules"/>); 1 to <see cref="Domain.Records.VerificationRules.MaxPeriodDays"/>.
    /// Both editions must be given the same value: each computes the due flags of what it serves.
    /// </summary>
    public int VerificationPeriodDays { get; set; } = Domain.Records.VerificationRules.DefaultPeriodDays;
}
