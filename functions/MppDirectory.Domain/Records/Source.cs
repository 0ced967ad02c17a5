namespace MppDirectory.Domain.Records;

/// <summary>A source article. Its publisher may be unknown; its dateline is the date the text reports.</summary>
public sealed record Source(string Id, string File, string? Publisher, ReportedDate Dateline, string About, string? Notes);
