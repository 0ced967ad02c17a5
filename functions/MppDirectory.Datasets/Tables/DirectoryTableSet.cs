using MppDirectory.Domain;

namespace MppDirectory.Datasets.Tables;

/// <summary>The whole directory as flat tables, in a fixed order: MPPs first, reference lists last.</summary>
public static class DirectoryTableSet
{
    public static IReadOnlyList<DataTable> From(DirectoryData data)
    {
        var canonical = DirectoryFingerprint.Canonical(data);
        var mpps = canonical.Mpps;
        return
        [
            MppTables.Mpps(mpps),
            MppTables.Counters(mpps),
            MppTables.CounterServices(mpps),
            MppTables.StatedServices(mpps),
            ScheduleTables.Schedules(mpps),
            ScheduleTables.Hours(mpps),
            ScheduleTables.Exceptions(mpps),
            EvidenceTables.Observations(mpps),
            EvidenceTables.Milestones(mpps),
            EvidenceTables.Notes(mpps),
            EvidenceTables.Citations(mpps),
            ReferenceTables.Sources(canonical.Sources),
            ReferenceTables.Agencies(canonical.AgencyKinds),
            ReferenceTables.AgencyServices(canonical.AgencyKinds),
            ReferenceTables.Services(canonical.Services),
            ReferenceTables.Regions(canonical.Regions, mpps),
            ReferenceTables.Holidays(canonical.Holidays),
        ];
    }
}
