namespace MppDirectory.Datasets.Hsds;

/// <summary>HSDS ids are UUIDs; each is the name-based UUID of the directory record it comes from.</summary>
public static class HsdsIds
{
    public static string Organization(string agencyId) => NameBasedUuid.Of($"organization/{agencyId}");

    public static string Service(string agencyId, string serviceId) => NameBasedUuid.Of($"service/{agencyId}/{serviceId}");

    public static string Location(string mppId) => NameBasedUuid.Of($"location/{mppId}");

    public static string ServiceAtLocation(string counterId, string serviceId) => NameBasedUuid.Of($"service_at_location/{counterId}/{serviceId}");

    public static string Schedule(string owner, string part) => NameBasedUuid.Of($"schedule/{owner}/{part}");
}
