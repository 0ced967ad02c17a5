using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Tables;

/// <summary>What the sources report about MPPs: counts, milestones, data-quality notes, and every quoted sentence.</summary>
public static class EvidenceTables
{
    public static DataTable Observations(IReadOnlyList<Mpp> mpps) => new TableShape<ObservationRow>(
        "observations",
        "Reported counts",
        "Counts a source reports on a date (counters, agencies, service types, daily visitors, rank). They are the sources' numbers, not counts of this directory's rows.",
        [
            Column.Text<ObservationRow>("observation_id", "Unique id: mpp_id/metric-date-qualifier.", r => r.Id, required: true),
            Column.Text<ObservationRow>("mpp_id", "The MPP (mpps.mpp_id).", r => r.Mpp.Id, required: true),
            Column.OneOf<ObservationRow>("metric", "What is counted.", EnumNames.All<ObservationMetric>(), r => EnumNames.Of(r.Observation.Metric)),
            Column.WholeNumber<ObservationRow>("value", "The number the source reports.", r => r.Observation.Value, required: true),
            Column.Text<ObservationRow>("qualifier", "How the source qualifies it: reported, planned, average ...", r => r.Observation.Qualifier, required: true),
            .. ReportedDateColumns.For<ObservationRow>("observed_on", "The date the count refers to", r => r.Observation.ObservedOn),
            Column.Text<ObservationRow>("source_id", "The source (sources.source_id).", r => r.Observation.Citation.Source, required: true),
            Column.Text<ObservationRow>("quote", "The sentence of the source that states the count, verbatim (also in citations).", r => r.Observation.Citation.Quote, required: true),
        ],
        ["observation_id"],
        [new("mpp_id", "mpps", "mpp_id"), new("source_id", "sources", "source_id")])
        .Build(mpps.SelectMany(m => m.Observations.Zip(RecordIds.Observations(m), (o, id) => new ObservationRow(id, m, o))));

    public static DataTable Milestones(IReadOnlyList<Mpp> mpps) => new TableShape<MilestoneRow>(
        "milestones",
        "Milestones",
        "Dated steps in an MPP's life: construction, start of service, soft launch, grand launch; planned ones are kept beside what happened.",
        [
            Column.Text<MilestoneRow>("milestone_id", "Unique id: mpp_id/kind-date[-planned].", r => r.Id, required: true),
            Column.Text<MilestoneRow>("mpp_id", "The MPP (mpps.mpp_id).", r => r.Mpp.Id, required: true),
            Column.OneOf<MilestoneRow>("kind", "The step.", EnumNames.All<MilestoneKind>(), r => EnumNames.Of(r.Milestone.Kind)),
            Column.Text<MilestoneRow>("label", "What the source says happened or was planned.", r => r.Milestone.Label, required: true),
            Column.Boolean<MilestoneRow>("planned", "Whether this was a plan or target rather than something that happened.", r => r.Milestone.Planned),
            Column.WholeNumber<MilestoneRow>("budget_idr", "Budget in rupiah a source states for the step.", r => r.Milestone.BudgetIdr),
            .. ReportedDateColumns.For<MilestoneRow>("date", "The date of the step", r => r.Milestone.Date),
        ],
        ["milestone_id"],
        [new("mpp_id", "mpps", "mpp_id")])
        .Build(mpps.SelectMany(m => m.Milestones.Zip(RecordIds.Milestones(m), (ms, id) => new MilestoneRow(id, m, ms))));

    public static DataTable Notes(IReadOnlyList<Mpp> mpps) => new TableShape<NoteRow>(
        "notes",
        "Data-quality notes",
        "Where sources disagree, are vague, miscount or spell differently, the record keeps a note instead of choosing silently.",
        [
            Column.Text<NoteRow>("note_id", "Unique id: mpp_id/note_slug.", r => RecordIds.Note(r.Mpp, r.Note), required: true),
            Column.Text<NoteRow>("mpp_id", "The MPP (mpps.mpp_id).", r => r.Mpp.Id, required: true),
            Column.Text<NoteRow>("note_slug", "The note's id within its MPP.", r => r.Note.Id, required: true),
            Column.Text<NoteRow>("kind", "The kind of issue: plan-changed, count-changed, vague-date, spelling ...", r => r.Note.Kind, required: true),
            Column.Text<NoteRow>("text", "The note, in Indonesian.", r => r.Note.Text.Id, required: true),
            Column.Text<NoteRow>("text_en", "The note in English.", r => r.Note.Text.En, required: true),
        ],
        ["note_id"],
        [new("mpp_id", "mpps", "mpp_id")])
        .Build(mpps.SelectMany(m => m.Notes.Select(n => new NoteRow(m, n))));

    public static DataTable Citations(IReadOnlyList<Mpp> mpps) => new TableShape<CitationRow>(
        "citations",
        "Citations",
        "Every sentence the directory quotes, verbatim, with its source and the record it supports. The quotes remain the work of their publishers.",
        [
            Column.Text<CitationRow>("citation_id", "Unique id: the cited record's id, #, and the citation's position among its citations.", r => r.Id, required: true),
            Column.Text<CitationRow>("source_id", "The source (sources.source_id).", r => r.Citation.Source, required: true),
            Column.Text<CitationRow>("mpp_id", "The MPP whose record cites it (mpps.mpp_id).", r => r.MppId, required: true),
            Column.OneOf<CitationRow>("subject", "The part of the MPP record the sentence supports.", CitationSubjects.All, r => r.Subject),
            Column.Text<CitationRow>("counter_id", "The counter it supports (counters.counter_id), when subject is counter.", r => r.CounterId),
            Column.Text<CitationRow>("milestone_id", "The milestone it supports (milestones.milestone_id), when subject is milestone.", r => r.MilestoneId),
            Column.Text<CitationRow>("observation_id", "The count it supports (observations.observation_id), when subject is observation.", r => r.ObservationId),
            Column.Text<CitationRow>("note_id", "The note it supports (notes.note_id), when subject is note.", r => r.NoteId),
            Column.Text<CitationRow>("supports", $"The fields of the record the sentence supports, where the record says so, separated by \"{ReferenceTables.ListSeparator}\".", r => r.Citation.Supports is { Count: > 0 } s ? string.Join(ReferenceTables.ListSeparator, s) : null),
            Column.Text<CitationRow>("quote", "The sentence, verbatim.", r => r.Citation.Quote, required: true),
        ],
        ["citation_id"],
        [
            new("source_id", "sources", "source_id"),
            new("mpp_id", "mpps", "mpp_id"),
            new("counter_id", "counters", "counter_id"),
            new("milestone_id", "milestones", "milestone_id"),
            new("observation_id", "observations", "observation_id"),
            new("note_id", "notes", "note_id"),
        ]).Build(mpps.SelectMany(CitationSubjects.Of));

    private sealed record ObservationRow(string Id, Mpp Mpp, Observation Observation);

    private sealed record MilestoneRow(string Id, Mpp Mpp, Milestone Milestone);

    private sealed record NoteRow(Mpp Mpp, DataNote Note);
}

/// <summary>A quoted sentence with the record it supports.</summary>
public sealed record CitationRow(
    string Id,
    string MppId,
    string Subject,
    Citation Citation,
    string? CounterId = null,
    string? MilestoneId = null,
    string? ObservationId = null,
    string? NoteId = null);
