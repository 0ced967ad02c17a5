using MppDirectory.Datasets.Importing;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage.Importing;

/// <summary>
/// Applies an import's plan, one MPP at a time: each MPP's change, its audit record and the trail head
/// commit in one entity-group transaction guarded by the MPP's ETag, so an MPP is imported whole or not
/// at all, and a write that came in between is never overwritten. Used by the API and the CLI alike.
/// </summary>
public sealed class MppImporter(StewardedWrites writes, DirectoryStore store)
{
    public async Task<ImportResult> ApplyAsync(
        ImportPlan plan, IReadOnlyDictionary<string, Region> regions, ChangeActor actor, DateTimeOffset at, string requestId,
        CancellationToken cancellationToken = default)
    {
        if (!plan.CanApply)
        {
            throw new InvalidOperationException("A plan with problems is never applied.");
        }

        var applied = new List<AppliedEdit>();
        var conflicts = new List<ImportProblem>();
        foreach (var edit in plan.Edits)
        {
            if (await writes.ReadMppAsync(edit.MppId, cancellationToken) is not { } stored)
            {
                conflicts.Add(new ImportProblem(edit.Row, "mpp_id", $"'{edit.MppId}' no longer exists; this row was not imported."));
                continue;
            }

            var updated = edit.Patch.ApplyTo(stored.Mpp, regions, out var changed);
            if (changed.Count == 0)
            {
                continue; // another write already made it so
            }

            var change = MppChanges.Update(stored.Mpp, updated, changed, edit.Patch.Citations, actor, "import", at, requestId);
            if (await writes.ReplaceMppAsync(updated, stored.ETag, change, cancellationToken) is { } committed)
            {
                applied.Add(new AppliedEdit(edit.Row, edit.MppId, changed, committed.Id));
            }
            else
            {
                conflicts.Add(new ImportProblem(edit.Row, null, $"'{edit.MppId}' was changed by another write during the import; this row was not imported. Import it again."));
            }
        }

        if (applied.Count > 0)
        {
            await store.PublishCurrentAsync(cancellationToken);
        }

        return new ImportResult(applied, conflicts);
    }
}

/// <param name="ChangeId">The change's number in the audit trail (/api/v1/changes).</param>
public sealed record AppliedEdit(int Row, string MppId, IReadOnlyList<string> Fields, long ChangeId);

public sealed record ImportResult(IReadOnlyList<AppliedEdit> Applied, IReadOnlyList<ImportProblem> Conflicts);
