using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Mpps;

namespace MppDirectory.Api.Http.Services;

/// <summary>A kind of public service in a list.</summary>
/// <param name="AgencyKinds">Agency kinds known for the service.</param>
/// <param name="MppCount">MPPs that offer it (stated, or through an agency serving there).</param>
public sealed record ServiceSummary(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> AgencyKinds,
    int MppCount,
    ResourceLinks Links);

public sealed record ServiceDetail(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<AgencyKindRef> AgencyKinds,
    IReadOnlyList<MppRef> Mpps,
    ResourceLinks Links);
