using MppDirectory.Datasets.Importing;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage.Importing;

/// <summary>
/// Applies an import's plan, one MPP at a time: all the rows of an MPP (its own fields, its counters), one
/// audit record and the trail head commit in one entity-group transaction guarded by the MPP's ETag, so an
/// MPP is imported whole or not at all, and a write that came in between is never overwritten. Used by the
/// API and the CLI alike.
/// </summary>
public sealed class MppImporter(AuditedWrites writes, DirectoryStore store)
{
    public async Task<ImportResult> ApplyAsync(
        ImportPlan plan, IReadOnlyDictionary<string, Region> regions, ChangeActor actor, StewardScope scope, DateTimeOffset at, string requestId,
        CancellationToken cancellationToken = default)
    {
        if (!plan.CanApply)
        {
            throw new InvalidOperationException("A plan with problems is never applied.");
        }

        var applied = new List<AppliedEdit>();
        var unchanged = new List<string>();
        var conflicts = new List<ImportProblem>();
        try
        {
            foreach (var edits in plan.Edits.GroupBy(e => e.MppId, StringComparer.Ordinal))
            {
                if (await writes.ReadMppAsync(edits.Key, cancellationToken) is not { } stored)
                {
                    conflicts.AddRange(edits.Select(e => new ImportProblem(e.Row, "mpp_id", $"'{e.MppId}' no longer exists; this row was not imported.")));
                    continue;
                }

                // Each edit in turn, on the MPP as the ones before it left it; one transaction for them all.
                var updated = stored.Mpp;
                var made = new List<(PlannedEdit Edit, IReadOnlyList<string> Changed)>();
                foreach (var edit in edits)
                {
                    updated = edit.ApplyTo(updated, regions, out var changed);
                    if (changed.Count > 0)
                    {
                        made.Add((edit, changed));
                    }
                    else
                    {
                        unchanged.Add(edit.CounterId is null ? edit.MppId : $"{edit.MppId}/{edit.CounterId}"); // another write made it so already
                    }
                }

                if (made.Count == 0)
                {
                    continue;
                }

                // As stored now (it may have moved since the plan was made) and as the import would leave it.
                if (!scope.Covers(stored.Mpp) || !scope.Covers(updated))
                {
                    conflicts.AddRange(edits.Select(e => new ImportProblem(e.Row, "mpp_id", $"'{e.MppId}' is outside the importer's scope ({scope}); this row was not imported.")));
                    continue;
                }

                var fields = made.Where(m => m.Edit.CounterId is null).SelectMany(m => m.Changed).Distinct().ToList();
                var counters = made.Select(m => m.Edit.CounterId).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var change = MppChanges.Import(stored.Mpp, updated, fields, counters, made[0].Edit.Citations, actor, at, requestId);
                if (await writes.ReplaceMppAsync(updated, stored.ETag, counters, change, cancellationToken) is { } committed)
                {
                    // Created means new when written, whatever the plan saw.
                    applied.AddRange(made.Select(m => new AppliedEdit(
                        m.Edit.Row, m.Edit.MppId, m.Edit.CounterId, m.Edit.CounterId is { } id && stored.Mpp.Counters.All(c => c.Id != id), m.Changed, committed.Id)));
                }
                else
                {
                    conflicts.AddRange(edits.Select(e => new ImportProblem(e.Row, null,
                        $"'{e.MppId}' was changed by another write during the import; this row was not imported. Import it again.")));
                }
            }
        }
        finally
        {
            if (applied.Count > 0)
            {
                // What was committed is served, even when a later MPP failed or the request was cancelled.
                await store.PublishCurrentAsync(CancellationToken.None);
            }
        }

        return new ImportResult(applied, unchanged, conflicts);
    }
}

/// <param name="CounterId">The counter the row wrote; null for the MPP's own fields.</param>
/// <param name="ChangeId">The change's number in the audit trail (/api/v1/changes): one per MPP.</param>
public sealed record AppliedEdit(int Row, string MppId, string? CounterId, bool Created, IReadOnlyList<string> Fields, long ChangeId);

/// <param name="Unchanged">Rows another write had already made so: nothing to write.</param>
public sealed record ImportResult(IReadOnlyList<AppliedEdit> Applied, IReadOnlyList<string> Unchanged, IReadOnlyList<ImportProblem> Conflicts);
