using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Tables;

/// <summary>Every citation of an MPP record, named by the part of the record it supports.</summary>
public static class CitationSubjects
{
    public static IReadOnlyList<string> All { get; } =
        ["mpp", "coordinates", "milestone", "counter", "stated-services", "observation", "hours", "note"];

    public static IEnumerable<CitationRow> Of(Mpp mpp)
    {
        var rows = Numbered(mpp.Id, mpp.Citations, c => new CitationRow("", mpp.Id, "mpp", c));
        if (mpp.Coordinates is { } coordinates)
        {
            rows = rows.Concat(Numbered($"{mpp.Id}/coordinates", [coordinates.Citation], c => new CitationRow("", mpp.Id, "coordinates", c)));
        }

        rows = rows
            .Concat(mpp.Milestones.Zip(RecordIds.Milestones(mpp)).SelectMany(p =>
                Numbered(p.Second, p.First.Citations, c => new CitationRow("", mpp.Id, "milestone", c, MilestoneId: p.Second))))
            .Concat(mpp.Counters.SelectMany(counter =>
            {
                var id = RecordIds.Counter(mpp, counter);
                return Numbered(id, counter.Citations, c => new CitationRow("", mpp.Id, "counter", c, CounterId: id));
            }))
            .Concat(Numbered($"{mpp.Id}/stated-services", mpp.StatedServices.Citations, c => new CitationRow("", mpp.Id, "stated-services", c)))
            .Concat(mpp.Observations.Zip(RecordIds.Observations(mpp)).SelectMany(p =>
                Numbered(p.Second, [p.First.Citation], c => new CitationRow("", mpp.Id, "observation", c, ObservationId: p.Second))))
            .Concat(Numbered($"{mpp.Id}/hours", mpp.Hours.Citations, c => new CitationRow("", mpp.Id, "hours", c)))
            .Concat(mpp.Notes.SelectMany(note =>
            {
                var id = RecordIds.Note(mpp, note);
                return Numbered(id, note.Citations, c => new CitationRow("", mpp.Id, "note", c, NoteId: id));
            }));
        return rows;
    }

    /// <summary>Ids as <c>{record}#{n}</c>, n counting the record's citations from 1.</summary>
    private static IEnumerable<CitationRow> Numbered(string recordId, IEnumerable<Citation> citations, Func<Citation, CitationRow> row) =>
        citations.Select((c, i) => row(c) with { Id = $"{recordId}#{i + 1}" });
}
