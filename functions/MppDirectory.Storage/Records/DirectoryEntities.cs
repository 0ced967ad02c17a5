using Azure.Data.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>The stored shape of each record kind, and back.</summary>
internal static class DirectoryEntities
{
    public const string MppPartition = StewardedPartition.Partition;
    private const string AgencyKindPartition = "agency-kind";
    private const string ServicePartition = "service";
    private const string RegionPartition = "region";
    private const string HolidayCalendarPartition = "calendar";
    private const string HolidayCalendarRow = "holidays";

    public static TableEntity FromMpp(Mpp mpp) =>
        DocumentEntity.Create(MppPartition, mpp.Id, mpp with { Counters = [] },
            ("Name", mpp.Name), ("ProvinceCode", mpp.RegionCodes.Province), ("RegencyCode", mpp.RegionCodes.Regency));

    /// <summary>Counters are rows of the stewarded partition beside their MPP's, with their position in the source's list.</summary>
    public static IEnumerable<TableEntity> FromCounters(Mpp mpp) =>
        mpp.Counters.Select((counter, position) =>
            DocumentEntity.Create(MppPartition, StewardedPartition.Counter(mpp.Id, counter.Id), counter, ("AgencyKind", counter.AgencyKind), ("Position", position)));

    public static TableEntity FromAgencyKind(AgencyKind kind) =>
        DocumentEntity.Create(AgencyKindPartition, kind.Id, kind, ("OfficialName", kind.OfficialName));

    public static TableEntity FromService(Service service) =>
        DocumentEntity.Create(ServicePartition, service.Id, service, ("Name", service.Name));

    public static TableEntity FromSource(Source source) =>
        DocumentEntity.Create(MppPartition, StewardedPartition.Source(source.Id), source, ("Publisher", source.Publisher ?? ""));

    public static TableEntity FromRegion(Region region) =>
        DocumentEntity.Columns(RegionPartition, region.Code, ("Name", region.Name), ("Level", region.Level.ToString()));

    /// <summary>Holidays are partitioned by year; the calendar's own note is a row of its own.</summary>
    public static IEnumerable<TableEntity> FromHolidays(HolidayCalendar calendar) =>
        calendar.Days
            .Select(day => DocumentEntity.Create(
                day.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{day.Date:yyyy-MM-dd}-{day.Kind}", day, ("Name", day.Name)))
            .Append(DocumentEntity.Columns(HolidayCalendarPartition, HolidayCalendarRow, ("Note", calendar.Note.Id), ("NoteEnglish", calendar.Note.En)));

    public static Mpp ToMpp(TableEntity entity, IEnumerable<TableEntity> counters) =>
        DocumentEntity.Read<Mpp>(entity) with
        {
            Counters = [.. counters.OrderBy(c => c.GetInt32("Position")).Select(DocumentEntity.Read<Counter>)],
        };

    public static Region ToRegion(TableEntity entity) =>
        new(entity.RowKey, entity.GetString("Name") ?? "", Enum.Parse<RegionLevel>(entity.GetString("Level") ?? ""));

    public static HolidayCalendar ToHolidays(IEnumerable<TableEntity> entities)
    {
        var all = entities.ToList();
        var calendar = all.FirstOrDefault(e => e.PartitionKey == HolidayCalendarPartition);
        return new HolidayCalendar(
            new LocalizedText(calendar?.GetString("Note") ?? "", calendar?.GetString("NoteEnglish") ?? ""),
            [.. all.Where(e => e.PartitionKey != HolidayCalendarPartition).Select(DocumentEntity.Read<Holiday>)]);
    }
}
