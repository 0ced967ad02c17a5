using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage.Suggestions;

/// <summary>
/// Residents' suggested corrections, in two tables: <see cref="DirectoryTables.Suggestions"/> holds what is public (one
/// partition, row key the id, with Mpp and Status columns to filter on), <see cref="DirectoryTables.SuggestionContacts"/>
/// the optional contact emails, which no public read touches and which are deleted when the suggestion closes.
/// A suggestion closes once: the close is conditional on the ETag it was read with, so two stewards cannot both
/// close one (the second finds it <see cref="SuggestionClosing.AlreadyClosed"/>).
/// <para>
/// Suggestions are few beside the directory (a handful per MPP, a few hundred MPPs), so a list reads the
/// partition's matching rows and orders them in memory; a directory with far more would key rows by time instead.
/// </para>
/// </summary>
public sealed class SuggestionStore(DirectoryTables tables)
{
    private const string Partition = "suggestion";
    private const string ContactPartition = "contact";
    private const int MaxCloseAttempts = 3;

    // Base 32 without the letters and digits that look alike: short, URL-safe, case-free, and unguessable enough
    // (10 characters: 50 bits) that one suggestion's address tells nothing of another's.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int IdLength = 10;

    public static SuggestionStore From(StorageClients clients) => new(DirectoryTables.From(clients));

    /// <summary>Whether <paramref name="id"/> can be a suggestion's id at all: anything else names none and never reaches storage.</summary>
    public static bool IsId(string? id) => id is { Length: IdLength } && id.All(Alphabet.Contains);

    /// <summary>A new random id.</summary>
    public static string NewId()
    {
        Span<char> id = stackalloc char[IdLength];
        for (var i = 0; i < IdLength; i++)
        {
            id[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(id);
    }

    /// <summary>
    /// Stores a new open suggestion of <paramref name="input"/> (valid by now) under a new id, and its contact email
    /// apart (first, so a stored suggestion never lacks the contact its author gave); the suggestion as stored.
    /// </summary>
    public async Task<Suggestion> AddAsync(SuggestionInput input, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var suggestion = new Suggestion(NewId(), input.Mpp!, input.Field!, input.Proposed!, input.Evidence, SuggestionStatus.Open, at);
            try
            {
                if (input.Contact is { } contact)
                {
                    await tables.SuggestionContacts.AddEntityAsync(new TableEntity(ContactPartition, suggestion.Id) { ["Email"] = contact }, cancellationToken);
                }

                await tables.Suggestions.AddEntityAsync(ToEntity(suggestion), cancellationToken);
                return suggestion;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < 3)
            {
                // An id drawn twice (50 bits: practically never): draw another. A contact added under it belongs to the other.
            }
        }
    }

    /// <summary>
    /// Stores <paramref name="suggestion"/> as it is, id and all (the contract's example, tests); false when one has its
    /// id already. New suggestions from residents go through the other overload, which draws the id.
    /// </summary>
    public async Task<bool> AddAsync(Suggestion suggestion, string? contact, CancellationToken cancellationToken = default)
    {
        if (!IsId(suggestion.Id))
        {
            throw new ArgumentException($"'{suggestion.Id}' is not a suggestion id.", nameof(suggestion));
        }

        try
        {
            await tables.Suggestions.AddEntityAsync(ToEntity(suggestion), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        if (contact is not null && suggestion.Status == SuggestionStatus.Open)
        {
            await tables.SuggestionContacts.UpsertEntityAsync(new TableEntity(ContactPartition, suggestion.Id) { ["Email"] = contact }, TableUpdateMode.Replace, cancellationToken);
        }

        return true;
    }

    /// <summary>One suggestion with the ETag its row has; null when none has the id.</summary>
    public async Task<(Suggestion Suggestion, ETag ETag)?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id))
        {
            return null;
        }

        var row = await tables.Suggestions.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? (DocumentEntity.Read<Suggestion>(entity), entity.ETag) : null;
    }

    /// <summary>One suggestion; null when none has the id.</summary>
    public async Task<Suggestion?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) is var (suggestion, _) ? suggestion : null;

    /// <summary>The suggestions of <paramref name="mpp"/> (any when null) with <paramref name="status"/> (any when null), newest first; page <paramref name="page"/> (from 1) of <paramref name="perPage"/>.</summary>
    public async Task<SuggestionPage> ListAsync(string? mpp, SuggestionStatus? status, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (mpp is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Mpp eq {mpp}");
        }

        if (status is { } wanted)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {Domain.EnumNames.Of(wanted)}");
        }

        var all = new List<Suggestion>();
        try
        {
            await foreach (var row in tables.Suggestions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                all.Add(DocumentEntity.Read<Suggestion>(row));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: no suggestions.
        }

        var ordered = all.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new SuggestionPage([.. ordered.Skip((page - 1) * perPage).Take(perPage)], ordered.Count);
    }

    /// <summary>
    /// The contact email the author gave, for the stewards whose scope covers the suggestion's MPP (the caller checks
    /// that); null when none was given or the suggestion is closed (its contact is deleted then).
    /// </summary>
    public async Task<string?> GetContactAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id))
        {
            return null;
        }

        var row = await tables.SuggestionContacts.GetEntityIfExistsAsync<TableEntity>(ContactPartition, id, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("Email") : null;
    }

    /// <summary>Rejects an open suggestion with a public <paramref name="reason"/>, by the steward <paramref name="by"/> (their registry id); deletes its contact.</summary>
    public Task<(SuggestionClosing Outcome, Suggestion? Suggestion)> RejectAsync(string id, LocalizedText reason, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        CloseAsync(id, s => s with { Status = SuggestionStatus.Rejected, Reason = reason, ClosedAt = at, ClosedBy = by }, cancellationToken);

    /// <summary>Marks an open suggestion accepted, answered by the change numbered <paramref name="change"/>, by the steward <paramref name="by"/>; deletes its contact.</summary>
    public Task<(SuggestionClosing Outcome, Suggestion? Suggestion)> MarkAcceptedAsync(string id, long change, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        CloseAsync(id, s => s with { Status = SuggestionStatus.Accepted, Change = change, ClosedAt = at, ClosedBy = by }, cancellationToken);

    private async Task<(SuggestionClosing, Suggestion?)> CloseAsync(string id, Func<Suggestion, Suggestion> close, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(id, cancellationToken) is not var (stored, etag))
            {
                return (SuggestionClosing.NotFound, null);
            }

            if (stored.Status != SuggestionStatus.Open)
            {
                // A contact left by a close whose deletion failed goes now: asking again repairs it.
                await DeleteContactAsync(id, cancellationToken);
                return (SuggestionClosing.AlreadyClosed, stored);
            }

            var closed = close(stored);
            try
            {
                await tables.Suggestions.UpdateEntityAsync(ToEntity(closed), etag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxCloseAttempts)
            {
                continue; // changed since read (closed by another steward): read again, and find it closed
            }

            await DeleteContactAsync(id, cancellationToken);
            return (SuggestionClosing.Closed, closed);
        }
    }

    private async Task DeleteContactAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await tables.SuggestionContacts.DeleteEntityAsync(ContactPartition, id, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // None given, or deleted already.
        }
    }

    private static TableEntity ToEntity(Suggestion suggestion) =>
        DocumentEntity.Create(Partition, suggestion.Id, suggestion, ("Mpp", suggestion.Mpp), ("Status", Domain.EnumNames.Of(suggestion.Status)), ("CreatedAt", suggestion.CreatedAt));
}
