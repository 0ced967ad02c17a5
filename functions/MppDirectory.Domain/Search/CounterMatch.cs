using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Search;

/// <summary>A counter found by search, with the MPP it stands in.</summary>
public sealed record CounterMatch(Mpp Mpp, Counter Counter);
