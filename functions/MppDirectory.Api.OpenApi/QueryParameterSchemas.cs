using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Regions;
using MppDirectory.Api.Http.Search;
using MppDirectory.Api.Http.Validation;
using NJsonSchema;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The schema of each query parameter by its wire name, built from the limits the validators use.
/// Query values bind as text (so that a bad one gets a problem naming it); these schemas say what
/// the validators accept. A parameter missing here stops the document from being built.
/// </summary>
public static class QueryParameterSchemas
{
    /// <summary>Kemendagri codes: province <c>33</c>, regency or city <c>33.75</c>.</summary>
    public const string ProvinceCodePattern = @"^\d{2}$";

    public const string RegencyCodePattern = @"^\d{2}\.\d{2}$";

    public static JsonSchema For(string name) => name switch
    {
        "page" => WholeNumber(1, PageQueryValidator.MaxPage),
        "per_page" => WholeNumber(1, PageQuery.MaxPerPage),
        // Ids stay within what JavaScript numbers hold exactly.
        "since" => new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long, Minimum = 0, Maximum = 9_007_199_254_740_991, Default = 0 },
        "limit" => WholeNumber(1, SearchApi.MaxLimit),
        "q" => new JsonSchema { Type = JsonObjectType.String, MinLength = 1, MaxLength = QueryRules.MaxSearchLength },
        "province" => Text(ProvinceCodePattern),
        "regency" => Text(RegencyCodePattern),
        "status" => OneOf(MppListQueryValidator.Statuses),
        "category" => OneOf(AgencyListQueryValidator.Categories),
        "level" => OneOf(RegionListQueryValidator.Levels),
        "lang" => OneOf(Domain.Localization.Languages.Codes),
        "dry_run" => new JsonSchema { Type = JsonObjectType.Boolean, Default = true },
        "source" => Text(IdPattern),
        "quote" => new JsonSchema { Type = JsonObjectType.String, MinLength = 1, MaxLength = 2000 },
        "open_now" or "has_mpp" or "verification_due" => new JsonSchema { Type = JsonObjectType.Boolean },
        "agency" or "service" or "mpp" or "kind" => Text(IdPattern),
        _ => throw new InvalidOperationException($"Query parameter '{name}' has no schema; add it to {nameof(QueryParameterSchemas)}."),
    };

    /// <summary>Ids in the directory are lowercase words and digits joined by hyphens.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int MaxIdLength = 100;

    private static JsonSchema WholeNumber(int min, int max) =>
        new() { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = min, Maximum = max };

    private static JsonSchema Text(string pattern) =>
        new() { Type = JsonObjectType.String, Pattern = pattern, MaxLength = MaxIdLength };

    private static JsonSchema OneOf(IEnumerable<string> values)
    {
        var schema = new JsonSchema { Type = JsonObjectType.String };
        foreach (var value in values)
        {
            schema.Enumeration.Add(value);
        }

        return schema;
    }
}
