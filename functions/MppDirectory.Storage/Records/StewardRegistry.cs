using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace MppDirectory.Storage.Records;

/// <summary>
/// The steward registry: who may write, in which role, where. Its rows live in the stewarded partition
/// (<c>~steward~</c> then a hash of issuer and subject), so that registering or changing a steward and the
/// change record that audits it commit together (<see cref="AuditedWrites"/>); loads of the directory
/// read other row-key ranges and never see them.
/// </summary>
public sealed class StewardRegistry(DirectoryTables tables, AuditedWrites writes)
{
    /// <summary>The registered steward whose token has this issuer and subject, with the row's ETag; null when none is.</summary>
    public async Task<(StewardEntry Entry, ETag ETag)?> FindAsync(string issuer, string objectId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(StewardedPartition.Partition, StewardedPartition.Steward(SubjectKey(issuer, objectId)), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? (DocumentEntity.Read<StewardEntry>(entity), entity.ETag) : null;
    }

    /// <summary>One entry by its public id, with the row's ETag; null when none has it. The registry is small: one range read.</summary>
    public async Task<(StewardEntry Entry, ETag ETag)?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await foreach (var (entry, etag) in ReadAllAsync(cancellationToken))
        {
            if (entry.Id == id)
            {
                return (entry, etag);
            }
        }

        return null;
    }

    /// <summary>Every entry, in no particular order.</summary>
    public async Task<IReadOnlyList<StewardEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = new List<StewardEntry>();
        await foreach (var (entry, _) in ReadAllAsync(cancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Adds <paramref name="entry"/> with its audit record; null when its issuer and subject are registered already.</summary>
    public Task<ChangeRecord?> RegisterAsync(StewardEntry entry, ChangeRecord change, CancellationToken cancellationToken = default) =>
        writes.CommitAsync(change, [new(TableTransactionActionType.Add, ToEntity(entry))], cancellationToken);

    /// <summary>Replaces the entry if it still has <paramref name="etag"/>, with its audit record; null when it changed meanwhile.</summary>
    public Task<ChangeRecord?> ReplaceAsync(StewardEntry entry, ETag etag, ChangeRecord change, CancellationToken cancellationToken = default)
    {
        var row = ToEntity(entry);
        row.ETag = etag;
        return writes.CommitAsync(change, [new(TableTransactionActionType.UpdateReplace, row, etag)], cancellationToken);
    }

    /// <summary>A new random public id: tells nothing about the person, unlike a hash of their subject would.</summary>
    public static string NewId() => "steward-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    // Issuers are URLs and subjects may hold characters a row key refuses; a hash is a safe, fixed-length key.
    private static string SubjectKey(string issuer, string objectId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "|" + objectId)));

    private static TableEntity ToEntity(StewardEntry entry) =>
        DocumentEntity.Create(StewardedPartition.Partition, StewardedPartition.Steward(SubjectKey(entry.Issuer, entry.ObjectId)), entry, ("StewardId", entry.Id), ("Role", entry.Role), ("Active", entry.Active));

    private async IAsyncEnumerable<(StewardEntry Entry, ETag ETag)> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in tables.Mpps.QueryAsync<TableEntity>(StewardedPartition.Stewards, cancellationToken: cancellationToken))
        {
            yield return (DocumentEntity.Read<StewardEntry>(row), row.ETag);
        }
    }
}
