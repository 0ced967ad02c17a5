using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A JSON merge patch (RFC 7396) of an MPP's own fields, in the names of its detail: <c>name</c>,
/// <c>address</c>, <c>venue</c>, <c>floors</c>, <c>regency.code</c>; the <c>citations</c> every
/// write must carry; and optionally <c>suggestion</c>, the id of the resident's suggestion the write answers
/// (its change record links it, and the suggestion is marked accepted). Any other field is an error, not silently ignored.
/// </summary>
public sealed class MppPatch
{
    private static readonly string[] Fields = ["name", "address", "venue", "floors", "regency", "citations", "suggestion"];

    public bool HasName { get; private set; }

    public string? Name { get; private set; }

    public bool HasAddress { get; private set; }

    public string? Address { get; private set; }

    public bool HasVenue { get; private set; }

    public string? Venue { get; private set; }

    public bool HasFloors { get; private set; }

    public int? Floors { get; private set; }

    public bool HasRegency { get; private set; }

    public string? RegencyCode { get; private set; }

    public IReadOnlyList<CitationInput> Citations { get; private set; } = [];

    /// <summary>The id of the suggestion this write answers; null when it answers none.</summary>
    public string? Suggestion { get; private set; }

    /// <summary>The patch in <paramref name="body"/>, or the errors of its shape by JSON path (unknown fields, wrong types).</summary>
    public static (MppPatch? Patch, Dictionary<string, string[]> Errors) Parse(JsonNode? body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body is not JsonObject fields)
        {
            errors["$"] = ["The body must be a JSON object."];
            return (null, errors);
        }

        var patch = new MppPatch();
        foreach (var (name, value) in fields)
        {
            switch (name)
            {
                case "name":
                    patch.HasName = true;
                    patch.Name = Text(value, name, errors, nullable: false);
                    break;
                case "address":
                    patch.HasAddress = true;
                    patch.Address = Text(value, name, errors, nullable: true);
                    break;
                case "venue":
                    patch.HasVenue = true;
                    patch.Venue = Text(value, name, errors, nullable: true);
                    break;
                case "floors":
                    patch.HasFloors = true;
                    if (value is null)
                    {
                        patch.Floors = null;
                    }
                    else if (value is JsonValue number && number.TryGetValue<int>(out var floors))
                    {
                        patch.Floors = floors;
                    }
                    else
                    {
                        errors[name] = ["Must be a whole number or null."];
                    }

                    break;
                case "regency":
                    patch.HasRegency = true;
                    if (value is JsonObject regency && regency.Count == 1 && regency["code"] is JsonValue code && code.TryGetValue<string>(out var text))
                    {
                        patch.RegencyCode = text;
                    }
                    else
                    {
                        errors["regency"] = ["Must be an object with only a code, e.g. { \"code\": \"33.75\" }."];
                    }

                    break;
                case "citations":
                    try
                    {
                        patch.Citations = value?.Deserialize(StrictJson.TypeInfo<List<CitationInput>>()) ?? [];
                    }
                    catch (JsonException ex)
                    {
                        errors["citations"] = ["Must be a list of { \"source\": id, \"quote\": text }" + (ex.Path is { Length: > 1 } path ? $" (at {path.TrimStart('$', '.')})." : ".")];
                    }

                    break;
                case "suggestion":
                    if (value is null)
                    {
                        patch.Suggestion = null;
                    }
                    else if (value is JsonValue id && id.TryGetValue<string>(out var suggestion))
                    {
                        patch.Suggestion = suggestion;
                    }
                    else
                    {
                        errors[name] = ["Must be the id of an open suggestion about this MPP (text), or null."];
                    }

                    break;
                default:
                    errors[name] = [$"Unknown field; an MPP's patch may set {string.Join(", ", Fields)}."];
                    break;
            }
        }

        return errors.Count == 0 ? (patch, errors) : (null, errors);
    }

    /// <summary>
    /// <paramref name="current"/> with this patch applied and its citations added (naming the fields they
    /// support); <paramref name="changed"/> lists the JSON names of the fields that really changed.
    /// </summary>
    public Mpp ApplyTo(Mpp current, IReadOnlyDictionary<string, Region> regions, out IReadOnlyList<string> changed)
    {
        var fields = new List<string>();
        var updated = current;
        if (HasName && Name != current.Name)
        {
            updated = updated with { Name = Name! };
            fields.Add("name");
        }

        if (HasAddress && Address != current.Address)
        {
            updated = updated with { Address = Address };
            fields.Add("address");
        }

        if (HasVenue && Venue != current.Venue)
        {
            updated = updated with { Venue = Venue };
            fields.Add("venue");
        }

        if (HasFloors && Floors != current.Floors)
        {
            updated = updated with { Floors = Floors };
            fields.Add("floors");
        }

        if (HasRegency && RegencyCode != current.RegionCodes.Regency && RegencyCode is { } regency)
        {
            // The province follows the regency; a district or village of the old regency no longer applies.
            updated = updated with { RegionCodes = new RegionCodes(regency[..2], regency, null, null) };
            fields.Add("regency.code");
        }

        changed = fields;
        return fields.Count == 0
            ? current
            : updated with { Citations = [.. current.Citations, .. Citations.Select(c => new Citation(c.Source, c.Quote, [.. fields]))] };
    }

    private static readonly JsonSerializerOptions StrictJson = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, TypeInfoResolver = DirectoryJson.Resolver };

    private static string? Text(JsonNode? value, string name, Dictionary<string, string[]> errors, bool nullable)
    {
        if (value is null && nullable)
        {
            return null;
        }

        if (value is JsonValue text && text.TryGetValue<string>(out var s))
        {
            // Spaces around a value go; a leading tab or line break stays, for the formula rule to refuse (FormulaText).
            return FormulaText.StartsLikeFormula(s) ? s : s.Trim();
        }

        errors[name] = [nullable ? "Must be text or null." : "Must be text."];
        return null;
    }
}

/// <summary>
/// The rules of an MPP patch's values, against the directory it would change: the same for the API's
/// PATCH and for imports (API and CLI).
/// </summary>
public sealed class MppPatchValidator : AbstractValidator<MppPatch>
{
    public const int MaxCitations = 20;

    /// <param name="suggestionProblem">
    /// What is wrong with answering the named suggestion with this write (none such, closed already, about another
    /// MPP), or null when nothing is; only the API's PATCH of one MPP gives it, and without it a patch may name no
    /// suggestion (an import answers none).
    /// </param>
    public MppPatchValidator(
        IReadOnlyDictionary<string, Region> regionsByCode, IReadOnlyDictionary<string, Source> sourcesById,
        Func<string, CancellationToken, Task<string?>>? suggestionProblem = null)
    {
        if (suggestionProblem is null)
        {
            RuleFor(p => p.Suggestion).Null().WithMessage("A suggestion is answered by PATCH /api/v1/mpps/{id}, one MPP at a time, not here.").OverridePropertyName("suggestion");
        }
        else
        {
            RuleFor(p => p.Suggestion).CustomAsync(async (id, context, cancellationToken) =>
            {
                if (id is not null && await suggestionProblem(id, cancellationToken) is { } problem)
                {
                    context.AddFailure("suggestion", problem);
                }
            });
        }

        RuleFor(p => p.Name).NotEmpty().MaximumLength(200).NotLikeAFormula().When(p => p.HasName).OverridePropertyName("name");
        RuleFor(p => p.Address).MaximumLength(500).NotLikeAFormula().When(p => p.HasAddress).OverridePropertyName("address");
        RuleFor(p => p.Venue).MaximumLength(200).NotLikeAFormula().When(p => p.HasVenue).OverridePropertyName("venue");
        RuleFor(p => p.Floors).InclusiveBetween(1, 200).When(p => p.HasFloors && p.Floors is not null).OverridePropertyName("floors");
        RuleFor(p => p.RegencyCode)
            .Must(code => code is not null && regionsByCode.TryGetValue(code, out var region) && region.Level == RegionLevel.Regency)
            .When(p => p.HasRegency)
            .WithMessage(p => $"'{p.RegencyCode}' is not the Kemendagri code of a regency or city (for example 33.75).")
            .OverridePropertyName("regency.code");
        RuleFor(p => p.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(p => p.Citations.Count).LessThanOrEqualTo(MaxCitations).OverridePropertyName("citations");
        RuleForEach(p => p.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }
}
