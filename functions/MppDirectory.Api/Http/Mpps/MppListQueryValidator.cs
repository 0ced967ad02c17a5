using FluentValidation;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Mpps;

public sealed class MppListQueryValidator : AbstractValidator<MppListQuery>
{
    public static readonly IReadOnlyList<string> Statuses = [.. EnumNames.All<MppStatus>()];

    public MppListQueryValidator(DirectoryReadModel directory)
    {
        RuleFor(q => q.Q).SearchText().OverridePropertyName("q");
        RuleFor(q => q.Province).RegionCode(1).OverridePropertyName("province");
        RuleFor(q => q.Regency).RegionCode(2).OverridePropertyName("regency");
        RuleFor(q => q.Agency).KnownId(directory, (s, id) => s.AgencyKindsById.ContainsKey(id), "/api/v1/agencies").OverridePropertyName("agency");
        RuleFor(q => q.Service).KnownId(directory, (s, id) => s.ServicesById.ContainsKey(id), "/api/v1/services").OverridePropertyName("service");
        RuleFor(q => q.Status).OneOf(Statuses).OverridePropertyName("status");
        RuleFor(q => q.OpenNow).Boolean().OverridePropertyName("open_now");
        RuleFor(q => q.VerificationDue).Boolean().OverridePropertyName("verification_due");
    }
}
