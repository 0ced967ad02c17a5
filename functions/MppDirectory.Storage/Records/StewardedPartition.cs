namespace MppDirectory.Storage.Records;

/// <summary>
/// The row keys of the stewarded partition. Everything a steward may write (an MPP, its counters, a
/// source) shares one partition of the MPPs' table with the audit trail, so that a write and its
/// change record commit in one entity-group transaction. Ids are slugs (<c>[a-z0-9-]</c>), so <c>~</c>
/// tells the kinds apart: MPP <c>kota-langsa</c>, counter <c>kota-langsa~dukcapil</c>, source
/// <c>~source~suarabaru-2023-08-18</c>, trail <c>~head</c> and <c>~change-…</c>, steward <c>~steward~…</c>.
/// </summary>
public static class StewardedPartition
{
    public const string Partition = "mpp";
    private const char Separator = '~';
    private const string SourcePrefix = "~source~";
    private const string StewardPrefix = "~steward~";

    public static string Counter(string mppId, string counterId) => mppId + Separator + counterId;

    public static string Source(string sourceId) => SourcePrefix + sourceId;

    /// <summary>A steward registry row (<see cref="StewardRegistry"/>): never a record of the directory, never loaded with them.</summary>
    public static string Steward(string subjectKey) => StewardPrefix + subjectKey;

    /// <summary>The row-key range of the steward registry.</summary>
    public static string Stewards { get; } =
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {StewardPrefix} and RowKey lt {StewardPrefix + Separator}");

    /// <summary>The row-key range (from, to; both exclusive) of an MPP's counters: counter ids never start with <c>~</c>.</summary>
    public static (string After, string Before) CountersOf(string mppId) => (mppId + Separator, mppId + Separator + Separator);

    /// <summary>
    /// The two row-key ranges of the records (never the trail, which grows with every write): MPPs and
    /// counters sort before <c>~</c>, sources between <c>~source~</c> and <c>~source~~</c>.
    /// </summary>
    public static IReadOnlyList<string> RecordFilters { get; } =
    [
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {"~"}"),
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {SourcePrefix} and RowKey lt {SourcePrefix + Separator}"),
    ];

    /// <summary>The row-key range of the change records (<c>~change-</c> then digits) after <paramref name="afterRowKey"/>.</summary>
    public static string ChangesAfter(string afterRowKey) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {afterRowKey} and RowKey lt {"~change."}");

    public static StewardedRowKind KindOf(string rowKey) =>
        rowKey.StartsWith(SourcePrefix, StringComparison.Ordinal) ? StewardedRowKind.Source
        : rowKey.StartsWith(Separator) ? StewardedRowKind.Trail
        : rowKey.Contains(Separator, StringComparison.Ordinal) ? StewardedRowKind.Counter
        : StewardedRowKind.Mpp;

    /// <summary>The MPP a counter row belongs to.</summary>
    public static string MppOfCounter(string rowKey) => rowKey[..rowKey.IndexOf(Separator, StringComparison.Ordinal)];
}

public enum StewardedRowKind
{
    Mpp,
    Counter,
    Source,
    Trail,
}
