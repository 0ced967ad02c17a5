using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Verifications;

/// <summary>
/// A steward's "checked today" as one edit of an MPP's record, the same for the API's routes and the stewards'
/// console: the MPP (or one counter) gets a new <see cref="Verification"/> (when, and the steward's registry id),
/// nothing else of it changes, and the change record says <c>verify</c>. Commit it through
/// <see cref="StewardWrite.ChangeMppAsync"/> (or <see cref="AuditedWrites.ReplaceMppAsync(Mpp, Azure.ETag, IReadOnlyCollection{string}, ChangeRecord, CancellationToken)"/>
/// with the ETag it was read with) like every write.
/// </summary>
public static class Verifications
{
    /// <summary>
    /// Why <paramref name="stored"/> cannot be verified as asked, or null when it can: the counter
    /// <paramref name="counterId"/> (null: the MPP itself) must exist (404) and not have ended (409: an ended
    /// counter keeps its record as it ended, and nothing is left to check).
    /// </summary>
    public static ProblemHttpResult? Refusal(Mpp stored, string? counterId)
    {
        if (counterId is null)
        {
            return null;
        }

        return stored.Counters.FirstOrDefault(c => c.Id == counterId) switch
        {
            null => ProblemResults.NotFound("counter", $"{stored.Id}/{counterId}"),
            { Status: CounterStatus.Ended } ended => ProblemResults.AlreadyEnded(ended.Id, ended.Ended?.Value),
            _ => null,
        };
    }

    /// <summary>
    /// The MPP as a verification leaves it: the MPP's own record (<paramref name="counterId"/> null) or the counter's
    /// verified by <paramref name="stamp"/>'s steward at its instant, with the change record and the counter row to
    /// write. Call <see cref="Refusal"/> first: a counter that is missing or ended is an error here.
    /// </summary>
    public static MppEdit Of(Mpp stored, string? counterId, VerificationInput input, WriteStamp stamp)
    {
        var verification = new Verification(stamp.At, stamp.Actor.Id);
        var citations = input.Citations ?? [];
        if (counterId is null)
        {
            return new MppEdit(
                stored with { Verified = verification },
                MppChanges.Verify(stored, null, verification, citations, input.Note, stamp.Actor, stamp.RequestId));
        }

        var counter = stored.Counters.SingleOrDefault(c => c.Id == counterId)
            ?? throw new ArgumentException($"The MPP '{stored.Id}' has no counter '{counterId}'.", nameof(counterId));
        if (counter.Status == CounterStatus.Ended)
        {
            throw new ArgumentException($"The counter '{counterId}' has ended: it cannot be verified.", nameof(counterId));
        }

        var verified = counter with { Verified = verification };
        return new MppEdit(
            stored with { Counters = [.. stored.Counters.Select(c => c.Id == counterId ? verified : c)] },
            MppChanges.Verify(stored, counter, verification, citations, input.Note, stamp.Actor, stamp.RequestId),
            [counterId]);
    }

    /// <summary>A verification with no citations and no note: what "checked today" is when the steward adds nothing.</summary>
    public static MppEdit Of(Mpp stored, string? counterId, WriteStamp stamp) => Of(stored, counterId, VerificationInput.Bare, stamp);
}
