using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Benchmarks;

/// <summary>
/// A synthetic directory at national scale: one MPP in every regency and city of idn-area-data,
/// about 20 counters each, weekly hours with short Fridays. Invented, for measuring only: every name,
/// address and source says "sintetis" (synthetic), ids start with <c>sintetis-</c>, and it is never
/// written into data/seed or published as a dataset.
/// </summary>
internal static class NationalDirectory
{
    private static readonly Citation Citation = new("sintetis", "data sintetis untuk benchmark (synthetic data for the benchmark)");

    public static DirectoryData Build(DirectoryData seed, int countersPerMpp)
    {
        var weekly = Weekly(new TimeOnly(8, 0), new TimeOnly(15, 0), new TimeOnly(11, 0));
        var mpps = seed.Regions
            .Where(r => r.Level == RegionLevel.Regency)
            .Select((regency, index) => Mpp(regency, index, seed.AgencyKinds, countersPerMpp, weekly))
            .ToList();
        return seed with
        {
            Mpps = mpps,
            Sources = [new Source("sintetis", "none", null, new ReportedDate(null, DatePrecision.Unknown, DateBasis.Stated, "none"), new("Data sintetis untuk benchmark; tidak ada MPP di sini yang nyata.", "Synthetic data for the benchmark; no MPP here is real."), null)],
        };
    }

    private static Mpp Mpp(Region regency, int index, IReadOnlyList<AgencyKind> kinds, int countersPerMpp, WeeklySchedule weekly)
    {
        var counters = Enumerable.Range(0, countersPerMpp)
            .Select(i => kinds[(index + i) % kinds.Count])
            .Select((kind, i) => new Counter(
                $"{kind.Id}-{i}",
                kind.Id,
                $"{kind.OfficialName} {regency.Name} (sintetis)",
                DateBasis.Stated,
                CounterStatus.Serving,
                [],
                [Citation],
                // Every fourth counter keeps shorter hours of its own.
                i % 4 == 0 ? Weekly(new TimeOnly(9, 0), new TimeOnly(12, 0), new TimeOnly(11, 0)) : null))
            .ToList();
        return new Mpp(
            "sintetis-" + regency.Code.Replace('.', '-'),
            "MPP Sintetis " + regency.Name,
            new RegionCodes(regency.ParentCode!, regency.Code, null, null),
            $"Alamat sintetis {index + 1}, {regency.Name}",
            null,
            2,
            null,
            [Citation],
            [new Milestone(MilestoneKind.GrandLaunch, "Peluncuran", false, null, new ReportedDate("2024-01-15", DatePrecision.Day, DateBasis.Stated, "15/1/2024"), [Citation])],
            counters,
            new StatedServices([], []),
            [new Observation(ObservationMetric.Counters, countersPerMpp, "reported", new ReportedDate("2024-01-15", DatePrecision.Day, DateBasis.Stated, "15/1/2024"), Citation)],
            new HoursStatement(new("Jam sintetis.", "Synthetic hours."), [Citation], weekly),
            []);
    }

    private static WeeklySchedule Weekly(TimeOnly opens, TimeOnly closes, TimeOnly fridayCloses) =>
        new(
            [
                .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }
                    .Select(day => new DayHours(day, [new OpeningSpan(opens, closes)])),
                new DayHours(DayOfWeek.Friday, [new OpeningSpan(opens, fridayCloses)]),
            ],
            []);
}
