namespace MppDirectory.Api.Http.Links;

/// <summary>
/// A query parameter whose value is a whole number (<c>page</c>, <c>per_page</c>): its one spelling is
/// plain digits without leading zeros, and another (<c>per_page=0100</c>) is redirected to it
/// (<see cref="CanonicalUrlMiddleware"/>), so that one answer has one URL and one cache entry.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WholeNumberQueryAttribute : Attribute;

/// <summary>
/// A query parameter that takes free text (<c>q</c>): every value is another answer, so answers to it
/// are cached on probation only and never push out the answers asked for again and again
/// (<see cref="Caching.SegmentedLru{TValue}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class FreeTextQueryAttribute : Attribute;
