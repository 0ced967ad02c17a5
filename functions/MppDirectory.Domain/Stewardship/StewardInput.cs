using FluentValidation;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A steward as an admin registers them (<c>POST /api/v1/stewards</c>): the object id of their Entra ID account
/// (or a development token's subject), the token issuer (the admin's own when left out), the app role they act in,
/// the places they answer for and a name for admins' eyes only.
/// </summary>
public sealed record StewardInput(string? ObjectId, string? Issuer, string? Role, List<string>? Scope, string? Name);

/// <summary>A change of a registered steward (<c>PATCH /api/v1/stewards/{id}</c>): what is given changes, the rest stays.</summary>
public sealed record StewardPatch(string? Role, List<string>? Scope, bool? Active, string? Name);

/// <summary>The rules of a steward's registration: a subject, a known role, a scope of known places (never implied), bounded texts.</summary>
public sealed class StewardInputValidator : AbstractValidator<StewardInput>
{
    public StewardInputValidator(IReadOnlyCollection<string> roles, Func<string, bool> isKnownRegion)
    {
        RuleFor(s => s.ObjectId).NotEmpty().WithMessage("is required: the object id (oid) of the steward's Entra ID account")
            .MaximumLength(200).Must(NoControlCharacters).WithMessage("must be printable text").OverridePropertyName("objectId");
        RuleFor(s => s.Issuer).MaximumLength(500).Must(NoControlCharacters).WithMessage("must be printable text").OverridePropertyName("issuer");
        RuleFor(s => s.Role).NotEmpty().WithMessage($"is required: one of {string.Join(", ", roles)}")
            .Must(r => r is null || roles.Contains(r)).WithMessage($"must be one of {string.Join(", ", roles)}").OverridePropertyName("role");
        StewardRules.Scope(this, s => s.Scope, isKnownRegion, required: true);
        RuleFor(s => s.Name).MaximumLength(200).Must(NoControlCharacters).WithMessage("must be printable text").OverridePropertyName("name");
    }

    internal static bool NoControlCharacters(string? text) => text is null || !text.Any(char.IsControl);
}

public sealed class StewardPatchValidator : AbstractValidator<StewardPatch>
{
    public StewardPatchValidator(IReadOnlyCollection<string> roles, Func<string, bool> isKnownRegion)
    {
        RuleFor(s => s.Role).Must(r => r is null || roles.Contains(r)).WithMessage($"must be one of {string.Join(", ", roles)}").OverridePropertyName("role");
        StewardRules.Scope(this, s => s.Scope, isKnownRegion, required: false);
        RuleFor(s => s.Name).MaximumLength(200).Must(StewardInputValidator.NoControlCharacters).WithMessage("must be printable text").OverridePropertyName("name");
    }
}

internal static class StewardRules
{
    public static void Scope<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, List<string>?>> scope, Func<string, bool> isKnownRegion, bool required)
    {
        validator.RuleFor(scope).Custom((entries, context) =>
        {
            if (entries is null && !required)
            {
                return;
            }

            foreach (var problem in StewardScope.Problems(entries, isKnownRegion))
            {
                context.AddFailure("scope", problem);
            }
        });
    }
}
