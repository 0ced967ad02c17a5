namespace MppDirectory.Domain.Records;

/// <summary>Services a source says an MPP offers, without tying them to a counter.</summary>
public sealed record StatedServices(IReadOnlyList<string> Services, IReadOnlyList<Citation> Citations);
