using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Datasets.Importing;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>What the contract says of writes: the bearer scheme, which operations need it, and their request bodies.</summary>
public static class WriteContract
{
    public const string SchemeName = "steward";

    public static void AddScheme(OpenApiDocument document) =>
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A Microsoft Entra ID access token for the directory's app, with the app role {StewardRoles.Write} (stewards) or "
                + $"{StewardRoles.Admin}, whose subject (issuer and object id) a directory admin has registered in the steward registry (/api/v1/stewards): "
                + "the registry, not the token, says where a steward may write (MPP ids, province or regency codes, or national). "
                + "Tokens must be Entra ID v2.0 access tokens (issuer https://login.microsoftonline.com/{tenant}/v2.0). "
                + "Tokens are validated as RFC8725 (JWT best current practices) asks: signature, issuer, audience and lifetime always checked, no unsigned tokens. "
                + "Locally: `npm run --silent token -- --role Directory.Write --scope 33.75` (registers the token's subject with that scope in the running local directory).",
        };

    /// <summary>
    /// The schema of each kind of write body, by the input type its route declares (<see cref="WriteBodyMetadata"/>),
    /// keyed on types, not operation names, so a renamed operation keeps its schema and a new input without one fails.
    /// </summary>
    private static readonly Dictionary<Type, Func<string, JsonSchema>> BodySchemas = new()
    {
        [typeof(MppPatch)] = _ => MppPatchSchema(),
        [typeof(MppDraft)] = _ => MppDraftSchema(),
        [typeof(ObservationInput)] = _ => ObservationSchema(),
        [typeof(ScheduleInput)] = _ => ScheduleSchema(),
        [typeof(SourceInput)] = _ => SourceSchema(),
        [typeof(CounterInput)] = _ => CounterSchema(),
        [typeof(CounterEnding)] = _ => CounterEndingSchema(),
        [typeof(VerificationInput)] = _ => VerificationSchema(),
        [typeof(StewardInput)] = _ => StewardSchema(registering: true),
        [typeof(StewardPatch)] = _ => StewardSchema(registering: false),
        [typeof(DatasetImport)] = ImportSchema,
        [typeof(SuggestionInput)] = _ => SuggestionSchema(),
        [typeof(SuggestionRejection)] = _ => SuggestionRejectionSchema(),
    };

    /// <summary>Marks an operation that needs a token and describes its body.</summary>
    public static void Describe(OpenApiOperation operation, EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            operation.Security = [new OpenApiSecurityRequirement { [SchemeName] = [] }];
        }

        if (metadata.GetMetadata<WriteBodyMetadata>() is { } declared)
        {
            if (!BodySchemas.TryGetValue(declared.Input, out var schemaOf))
            {
                throw new InvalidOperationException($"{operation.OperationId} takes a {declared.Input.Name}, which WriteContract has no schema for.");
            }

            var body = new OpenApiRequestBody { IsRequired = true, Description = declared.Description };
            foreach (var contentType in metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            {
                body.Content[contentType] = new OpenApiMediaType
                {
                    Schema = schemaOf(contentType),
                    // The CSV an import takes shows its header; JSON bodies show the example write below.
                    Example = contentType == WriteMediaTypes.Csv ? ImportCsvExample : null,
                };
            }

            operation.RequestBody = body;
        }

        // The body of the write that shows the operation (its answer is the response example).
        if (ExampleRequests.Writes.FirstOrDefault(w => w.OperationId == operation.OperationId && w.BodyFrom is null) is { } example
            && operation.RequestBody?.Content.TryGetValue(example.ContentType, out var media) == true)
        {
            media.Example = Newtonsoft.Json.Linq.JToken.Parse(example.Body);
        }
    }

    private const string ImportCsvExample =
        "mpp_id,name,status,province_code,regency_code,district_code,village_code,address,venue,floors,latitude,longitude,coordinates_source_id,time_zone,hours_known,hours_note,hours_note_en,counters_recorded,verified_at,verified_by\r\n...";

    private static JsonSchema ImportSchema(string contentType) =>
        contentType == WriteMediaTypes.Csv
            ? new JsonSchema { Type = JsonObjectType.String, MaxLength = Http.Importing.ImportsApi.MaxBodyBytes }
            : new JsonSchema { Type = JsonObjectType.Object, Description = "An MPP as GET /api/v1/mpps/{id} answers it, an array of them, or a page of them ({ items })." };

    private static JsonSchema MppDraftSchema()
    {
        var schema = MppPatchSchema();
        schema.Properties["id"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Pattern = QueryParameterSchemas.IdPattern,
            MaxLength = MppDraft.MaxIdLength,
            IsRequired = true,
            Description = "The MPP's readable id, a slug no MPP has, e.g. kabupaten-sleman.",
        };
        schema.Properties["name"].IsRequired = true;
        schema.Properties["regency"].IsRequired = true;
        schema.Properties.Remove("suggestion"); // a new MPP answers no suggestion: those are about MPPs listed already
        return schema;
    }

    private static JsonSchema StewardSchema(bool registering)
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        if (registering)
        {
            schema.Properties["objectId"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 200, IsRequired = true, Description = "The object id (oid) of the steward's Entra ID account." };
            schema.Properties["issuer"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 500, Description = "The issuer of the steward's tokens; left out, the admin's own." };
        }

        schema.Properties["role"] = Enumeration([StewardRoles.Write, StewardRoles.Admin], required: registering);
        schema.Properties["scope"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.Array,
            Item = new JsonSchemaProperty { Type = JsonObjectType.String, MaxLength = MppDraft.MaxIdLength },
            MinItems = 1,
            MaxItems = StewardScope.MaxEntries,
            IsRequired = registering,
            Description = "Where the steward may write: MPP ids, province codes (33), regency codes (33.75), or national alone.",
        };
        if (!registering)
        {
            schema.Properties["active"] = new JsonSchemaProperty { Type = JsonObjectType.Boolean, Description = "false: the steward writes no more." };
        }

        schema.Properties["name"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 200, Description = "Shown to admins only." };
        return schema;
    }

    private static JsonSchema MppPatchSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["name"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 200 };
        schema.Properties["address"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 500 };
        schema.Properties["venue"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 200 };
        schema.Properties["floors"] = new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, IsNullableRaw = true, Minimum = 1, Maximum = 200 };
        var regency = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = false, Description = "The regency or city; the province follows it." };
        regency.Properties["code"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = QueryParameterSchemas.RegencyCodePattern, MaxLength = 5, IsRequired = true };
        schema.Properties["regency"] = regency;
        schema.Properties["citations"] = CitationsSchema();
        schema.Properties["suggestion"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            IsNullableRaw = true,
            Pattern = "^[a-km-np-z2-9]{10}$",
            MaxLength = 10,
            Description = "The id of the resident's suggestion this write answers (/api/v1/suggestions): open, and about this MPP. Its change record links it, and it is marked accepted once the write is committed.",
        };
        return schema;
    }

    private static JsonSchema ObservationSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["metric"] = Enumeration(EnumNames.All<ObservationMetric>(), required: true);
        schema.Properties["value"] = new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long, Minimum = 0, Maximum = 100_000_000, IsRequired = true };
        schema.Properties["qualifier"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 100, IsRequired = true, Description = "reported, planned ... as the source has it." };
        schema.Properties["observedOn"] = ReportedDateSchema("The date at the precision the source gives, and its own words.");
        schema.Properties["citations"] = CitationsSchema();
        return schema;
    }

    private static JsonSchema ScheduleSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["schedule"] = WeeklyScheduleSchema(required: true);
        schema.Properties["note"] = LocalizedTextSchema("The directory's own words on the hours, in Indonesian and English.", 500, required: false);
        schema.Properties["citations"] = CitationsSchema();
        return schema;
    }

    private static JsonSchemaProperty WeeklyScheduleSchema(bool required)
    {
        static JsonSchemaProperty Time(string description) =>
            new() { Type = JsonObjectType.String, Pattern = @"^\d{2}:\d{2}(:\d{2})?$", MaxLength = 8, IsRequired = true, Description = description };
        var span = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        span.Properties["opens"] = Time("Local time, HH:mm[:ss].");
        span.Properties["closes"] = Time("Local time, HH:mm[:ss]; earlier than opens when the span runs past midnight.");
        var day = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        day.Properties["day"] = Enumeration(EnumNames.All<DayOfWeek>(), required: true);
        day.Properties["spans"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = span, MaxItems = Domain.Stewardship.ScheduleInputValidator.MaxSpans, IsRequired = true };
        var exception = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        exception.Properties["from"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsRequired = true };
        exception.Properties["through"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsRequired = true };
        exception.Properties["spans"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = span, MaxItems = Domain.Stewardship.ScheduleInputValidator.MaxSpans, IsRequired = true, Description = "None: closed." };
        exception.Properties["reason"] = new JsonSchemaProperty { Type = JsonObjectType.String, MaxLength = 200, IsRequired = true };
        exception.Properties["source"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = QueryParameterSchemas.MaxIdLength };
        var weekly = new JsonSchemaProperty { Type = JsonObjectType.Object, IsNullableRaw = true, AllowAdditionalProperties = false, IsRequired = required };
        weekly.Properties["days"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = day, MaxItems = 7, IsRequired = true };
        weekly.Properties["exceptions"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = exception, MaxItems = Domain.Stewardship.ScheduleInputValidator.MaxExceptions, IsRequired = true };
        weekly.Properties["validFrom"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsNullableRaw = true };
        weekly.Properties["validThrough"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsNullableRaw = true };
        weekly.Properties["openOnHolidays"] = new JsonSchemaProperty { Type = JsonObjectType.Boolean };
        return weekly;
    }

    private static JsonSchemaProperty LocalizedTextSchema(string description, int maxLength, bool required)
    {
        var text = new JsonSchemaProperty { Type = JsonObjectType.Object, IsNullableRaw = !required, IsRequired = required, AllowAdditionalProperties = false, Description = description };
        text.Properties["id"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = maxLength, IsRequired = true, Description = "In Indonesian." };
        text.Properties["en"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = maxLength, IsRequired = true, Description = "In English." };
        return text;
    }

    private static JsonSchemaProperty ReportedDateSchema(string description, bool required = true)
    {
        var date = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = false, IsRequired = required, Description = description };
        date.Properties["value"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, IsRequired = true, MaxLength = 10, Description = "2024-09-20 (day), 2024-09 (month), 2024 (year), null (unknown)." };
        date.Properties["precision"] = Enumeration(EnumNames.All<DatePrecision>(), required: true);
        date.Properties["basis"] = Enumeration(EnumNames.All<DateBasis>(), required: true);
        date.Properties["text"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = Domain.Stewardship.ReportedDateValidator.MaxTextLength, IsRequired = true };
        return date;
    }

    private static JsonSchema SuggestionSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["mpp"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = QueryParameterSchemas.IdPattern, MaxLength = MppDraft.MaxIdLength, IsRequired = true, Description = "The id of the MPP (/api/v1/mpps) the suggestion is about." };
        schema.Properties["field"] = Enumeration(SuggestionFields.All, required: true);
        schema.Properties["field"].Description = "What is wrong: one of the MPP's fields, or other.";
        schema.Properties["proposed"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = SuggestionInput.MaxTextLength, IsRequired = true, Description = "What the record should say. Must not start with =, +, -, @, a tab or a line break." };
        schema.Properties["evidence"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = SuggestionInput.MaxTextLength, Description = "A URL or words that support it (optional)." };
        schema.Properties["contact"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Email, IsNullableRaw = true, MaxLength = SuggestionInput.MaxContactLength, Description = "An email for the stewards' questions (optional): never published, deleted when the suggestion closes." };
        schema.Properties["website"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 0, Description = "A honeypot for robots: leave it out or empty (422 otherwise)." };
        return schema;
    }

    private static JsonSchema SuggestionRejectionSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["reason"] = LocalizedTextSchema("Why the suggestion is rejected, in Indonesian and English; shown publicly.", SuggestionRejectionValidator.MaxReasonLength, required: true);
        return schema;
    }

    private static JsonSchema SourceSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["id"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Pattern = QueryParameterSchemas.IdPattern,
            MaxLength = Domain.Stewardship.MppDraft.MaxIdLength,
            IsRequired = true,
            Description = "The source's readable id, a slug no source has, e.g. suarabaru-2023-08-18.",
        };
        schema.Properties["publisher"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 200, Description = "The publisher as the article names itself." };
        schema.Properties["headline"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 500 };
        schema.Properties["dateline"] = ReportedDateSchema("The date the text reports, at its precision, with the text's own words.");
        schema.Properties["url"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Uri, IsNullableRaw = true, MaxLength = Domain.Stewardship.SourceInputValidator.MaxUrlLength, Description = "An absolute http or https URL." };
        schema.Properties["language"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", MaxLength = 35, IsRequired = true, Description = "BCP 47, e.g. id." };
        schema.Properties["about"] = LocalizedTextSchema("What the article is about, in the directory's words.", 500, required: true);
        schema.Properties["notes"] = LocalizedTextSchema("What to know when reading it, in the directory's words.", 1000, required: false);
        return schema;
    }

    private static JsonSchema CounterSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["agencyKind"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = QueryParameterSchemas.IdPattern, MaxLength = QueryParameterSchemas.MaxIdLength, IsRequired = true, Description = "An agency kind's id (/api/v1/agencies)." };
        schema.Properties["statedName"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 200, IsRequired = true, Description = "The counter's name as the source writes it." };
        schema.Properties["agencyBasis"] = Enumeration(EnumNames.All<DateBasis>(), required: true);
        schema.Properties["status"] = Enumeration(EnumNames.All<CounterStatus>().Where(s => s != EnumNames.Of(CounterStatus.Ended)), required: true);
        var service = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = QueryParameterSchemas.IdPattern, MaxLength = QueryParameterSchemas.MaxIdLength };
        schema.Properties["services"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = service, MaxItems = Domain.Stewardship.CounterInputValidator.MaxServices, Description = "Service ids (/api/v1/services) the source ties to the counter." };
        schema.Properties["schedule"] = WeeklyScheduleSchema(required: false);
        schema.Properties["citations"] = CitationsSchema();
        return schema;
    }

    private static JsonSchema CounterEndingSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["ended"] = ReportedDateSchema("When the counter stopped serving, at the precision the source gives, with its words.");
        schema.Properties["citations"] = CitationsSchema();
        return schema;
    }

    private static JsonSchema VerificationSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false, Description = "{} for a bare check." };
        var citations = CitationsSchema();
        citations.IsRequired = false;
        citations.Description = "The sources the record was checked against, if any; kept in the change record.";
        schema.Properties["citations"] = citations;
        schema.Properties["note"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            MinLength = 1,
            MaxLength = VerificationInputValidator.MaxNoteLength,
            Description = "How the record was checked, in a few words (public: it is in the change feed). Never a person's name or contact.",
        };
        return schema;
    }

    private static JsonSchemaProperty CitationsSchema()
    {
        var citation = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        citation.Properties["source"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = QueryParameterSchemas.IdPattern, MaxLength = QueryParameterSchemas.MaxIdLength, IsRequired = true, Description = "A registered source's id." };
        citation.Properties["quote"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 2000, IsRequired = true, Description = "The sentence of the source that supports the change." };
        return new JsonSchemaProperty { Type = JsonObjectType.Array, MinItems = 1, MaxItems = Domain.Stewardship.MppPatchValidator.MaxCitations, Item = citation, IsRequired = true };
    }

    private static JsonSchemaProperty Enumeration(IEnumerable<string> values, bool required)
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.String, IsRequired = required };
        foreach (var value in values)
        {
            schema.Enumeration.Add(value);
        }

        return schema;
    }
}
