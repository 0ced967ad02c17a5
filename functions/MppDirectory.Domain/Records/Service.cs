namespace MppDirectory.Domain.Records;

/// <summary>A kind of public service (e-KTP, paspor, SIM ...), with the words residents use for it.</summary>
public sealed record Service(string Id, string Name, string Description, IReadOnlyList<string> Keywords);
