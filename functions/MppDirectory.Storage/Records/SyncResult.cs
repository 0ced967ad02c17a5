namespace MppDirectory.Storage.Records;

/// <summary>What a sync wrote: entities added, replaced and deleted, and the version it left.</summary>
public sealed record SyncResult(int Added, int Replaced, int Deleted, int Unchanged, string Version)
{
    public bool Changed => Added + Replaced + Deleted > 0;
}
