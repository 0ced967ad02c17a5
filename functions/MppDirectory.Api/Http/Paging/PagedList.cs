using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Http.Paging;

/// <summary>One page of a list with its totals and the links to the pages around it.</summary>
public sealed record PagedList<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PerPage,
    int TotalCount,
    int TotalPages,
    PageLinks Links);

public sealed record PageLinks(PublicLink Self, PublicLink First, PublicLink Last, PublicLink? Prev, PublicLink? Next);
