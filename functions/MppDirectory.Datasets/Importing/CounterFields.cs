using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Importing;

/// <summary>The fields of a counter's own row that an import may change, in the API's names.</summary>
internal static class CounterFields
{
    public static IEnumerable<string> Changed(Counter before, Counter after)
    {
        if (before.AgencyKind != after.AgencyKind)
        {
            yield return "agencyKind";
        }

        if (before.StatedName != after.StatedName)
        {
            yield return "statedName";
        }

        if (before.AgencyBasis != after.AgencyBasis)
        {
            yield return "agencyBasis";
        }

        if (before.Status != after.Status)
        {
            yield return "status";
        }

        if (before.Ended != after.Ended)
        {
            yield return "ended";
        }
    }
}
