using MppDirectory.Domain.Records;

namespace MppDirectory.Api.ReadModel;

/// <summary>What a list of MPPs is narrowed to; null means no filter.</summary>
public sealed record MppCriteria(
    string? Text = null,
    string? Province = null,
    string? Regency = null,
    string? AgencyKind = null,
    string? Service = null,
    MppStatus? Status = null,
    bool? OpenNow = null,
    bool? VerificationDue = null);
