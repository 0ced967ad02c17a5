namespace MppDirectory.Domain.Records;

/// <summary>Kemendagri codes: province <c>33</c>, regency or city <c>33.75</c>, district <c>33.75.01</c>, village <c>33.75.01.1003</c>.</summary>
public sealed record RegionCodes(string Province, string Regency, string? District, string? Village);
