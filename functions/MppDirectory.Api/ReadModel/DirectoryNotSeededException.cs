namespace MppDirectory.Api.ReadModel;

/// <summary>The storage answers but holds no directory yet: run the seeding step.</summary>
public sealed class DirectoryNotSeededException()
    : InvalidOperationException("The directory has not been written to storage yet; run the seed step.");
