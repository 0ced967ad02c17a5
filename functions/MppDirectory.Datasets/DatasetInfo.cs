namespace MppDirectory.Datasets;

/// <summary>The dataset's name, title and licences, as every descriptor and README states them.</summary>
public static class DatasetInfo
{
    public const string Name = "mpp-directory";

    public const string Title = "MPP Directory: Indonesia's public service malls (Mal Pelayanan Publik)";

    public const string Description =
        "Every Mal Pelayanan Publik (public service mall) the project's sources describe: location and region codes, " +
        "the agency counters inside, services, stated opening hours, counts the sources report, milestones and " +
        "data-quality notes. Every fact carries the verbatim sentence of its source (see citations). Nothing is " +
        "invented: no coordinates, addresses or hours that no source states.";

    public static License Odbl { get; } = new(
        "ODbL-1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
        "Open Data Commons Open Database License 1.0: the directory as a database, including the region codes from idn-area-data (also ODbL 1.0).");

    public static License Dbcl { get; } = new(
        "DbCL-1.0",
        "https://opendatacommons.org/licenses/dbcl/1-0/",
        "Open Data Commons Database Contents License 1.0: the directory's own contents. Quoted sentences (citations.quote, observations.quote) remain the work of their publishers, quoted as sources.");

    public static License CcBySa { get; } = new(
        "CC-BY-SA-4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "Creative Commons Attribution-ShareAlike 4.0: the HSDS table and field definitions. Human Services Data Specification: an Open Referral resource (https://openreferral.org/).");

    public static Source RegionCodes { get; } = new(
        "idn-area-data: Kemendagri region codes and names, © its authors, Open Database License (ODbL) 1.0",
        "https://github.com/fityannugroho/idn-area-data");

    public static Source Hsds { get; } = new(
        "Human Services Data Specification 3.0: an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0",
        "https://docs.openreferral.org/en/latest/");

    public sealed record License(string Name, string Path, string Title);

    public sealed record Source(string Title, string? Path);
}
