using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Counts;

public static class MppServices
{
    /// <summary>
    /// Service ids an MPP offers: those the sources state for it or its counters, and the usual
    /// services of the agencies serving there. Counters that may only join later add nothing.
    /// </summary>
    public static IReadOnlySet<string> Offered(Mpp mpp, IReadOnlyDictionary<string, AgencyKind> kinds)
    {
        var services = new SortedSet<string>(mpp.StatedServices.Services, StringComparer.Ordinal);
        foreach (var counter in mpp.Counters.Where(c => c.Status == CounterStatus.Serving))
        {
            services.UnionWith(counter.Services);
            if (kinds.TryGetValue(counter.AgencyKind, out var kind))
            {
                services.UnionWith(kind.Services);
            }
        }

        return services;
    }
}
