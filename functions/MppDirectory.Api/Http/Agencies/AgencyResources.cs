using MppDirectory.Api.Http.Mpps;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Agencies;

/// <summary>An agency kind in a list.</summary>
/// <param name="MppCount">MPPs where it has a serving counter.</param>
public sealed record AgencyKindSummary(
    string Id,
    string OfficialName,
    AgencyCategory Category,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Services,
    int MppCount,
    ResourceLinks Links);

/// <summary>An agency kind with the services it is known for and every counter of it.</summary>
public sealed record AgencyKindDetail(
    string Id,
    string OfficialName,
    AgencyCategory Category,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<ServiceRef> Services,
    IReadOnlyList<HostingMpp> Mpps,
    ResourceLinks Links);

public sealed record ServiceRef(string Id, string Name);

/// <summary>An MPP with the counters one agency kind has there.</summary>
public sealed record HostingMpp(string Id, string Name, RegionRef Regency, IReadOnlyList<HostedCounter> Counters, ResourceLinks Links);

public sealed record HostedCounter(string Id, string StatedName, CounterStatus Status);
