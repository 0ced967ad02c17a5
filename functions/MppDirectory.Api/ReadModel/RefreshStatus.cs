using MppDirectory.Storage.Records;

namespace MppDirectory.Api.ReadModel;

/// <summary>What the background refresher last saw of storage; times are real (not the app's domain clock).</summary>
public sealed record RefreshStatus(
    DateTimeOffset? LastAnsweredAt,
    DateTimeOffset? InFlightSince,
    DataVersion? Stored,
    bool Seeded,
    string? LastError)
{
    public static RefreshStatus Starting { get; } = new(null, null, null, Seeded: true, LastError: null);

    /// <summary>Whether any refresh has finished, well or not.</summary>
    public bool Attempted => LastAnsweredAt is not null || LastError is not null || !Seeded;
}
