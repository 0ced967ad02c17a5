using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A new MPP as a steward registers it: its readable <c>id</c> and the fields of a PATCH, of which
/// <c>name</c> and <c>regency.code</c> are required, with the citations that support them. Counters,
/// milestones and hours come later, each with its own cited write.
/// </summary>
public sealed partial class MppDraft
{
    public const int MaxIdLength = 100;

    private MppDraft(string? id, MppPatch fields)
    {
        Id = id;
        Fields = fields;
    }

    public string? Id { get; }

    public MppPatch Fields { get; }

    /// <summary>The draft in <paramref name="body"/>, or the errors of its shape by JSON path.</summary>
    public static (MppDraft? Draft, Dictionary<string, string[]> Errors) Parse(JsonNode? body)
    {
        if (body is not JsonObject fields)
        {
            return (null, new Dictionary<string, string[]>(StringComparer.Ordinal) { ["$"] = ["The body must be a JSON object."] });
        }

        string? id = null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (fields["id"] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            id = text;
        }
        else if (fields.ContainsKey("id"))
        {
            errors["id"] = ["Must be text."];
        }

        // The rest has exactly the shape of a PATCH.
        var rest = fields.DeepClone().AsObject();
        rest.Remove("id");
        var (patch, patchErrors) = MppPatch.Parse(rest);
        foreach (var (field, messages) in patchErrors)
        {
            errors[field] = messages;
        }

        return patch is null || errors.Count > 0 ? (null, errors) : (new MppDraft(id, patch), errors);
    }

    /// <summary>The record it makes: a planned MPP with no counters yet, every stated field cited.</summary>
    /// <param name="fields">The fields it states, in the PATCH's names.</param>
    public Mpp ToMpp(IReadOnlyDictionary<string, Region> regions, out IReadOnlyList<string> fields)
    {
        var blank = new Mpp(Id!, "", new RegionCodes("", "", null, null), null, null, null, null, [], [], [], new StatedServices([], []), [], new HoursStatement(null, []), []);
        return Fields.ApplyTo(blank, regions, out fields);
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    public static partial Regex Slug();
}

/// <summary>
/// The rules of a new MPP: those of its fields (<see cref="MppPatchValidator"/> on <see cref="MppDraft.Fields"/>,
/// each failure named by its field as in a PATCH), and a slug for an id no MPP has, and a name and a regency.
/// </summary>
public sealed class MppDraftValidator : AbstractValidator<MppDraft>
{
    public MppDraftValidator(Func<string, bool> idTaken, IReadOnlyDictionary<string, Region> regionsByCode, IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(d => d.Id).NotEmpty().WithMessage("is required: the MPP's readable id, such as kota-pekalongan")
            .MaximumLength(MppDraft.MaxIdLength)
            .Must(id => id is null || MppDraft.Slug().IsMatch(id)).WithMessage("must be lowercase words and digits joined by hyphens, such as kota-pekalongan")
            .Must(id => id is null || !idTaken(id)).WithMessage(d => $"'{d.Id}' is already an MPP; change it with PATCH /api/v1/mpps/{d.Id}")
            .OverridePropertyName("id");
        RuleFor(d => d.Fields.HasName).Equal(true).WithMessage("is required").OverridePropertyName("name");
        RuleFor(d => d.Fields.HasRegency).Equal(true).WithMessage("is required: { \"code\": \"33.75\" }").OverridePropertyName("regency.code");
        var fieldRules = new MppPatchValidator(regionsByCode, sourcesById);
        RuleFor(d => d.Fields).CustomAsync(async (fields, context, cancellationToken) =>
        {
            // Added as they are, so a draft's field is named "name", not "Fields.name".
            foreach (var failure in (await fieldRules.ValidateAsync(fields, cancellationToken)).Errors)
            {
                context.AddFailure(failure);
            }
        });
    }
}
