using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
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
                + $"{StewardRoles.Admin}; a `{StewardRoles.ScopeClaim}` claim (region codes or MPP ids) limits a steward to those. "
                + "Tokens are validated as RFC8725 (JWT best current practices) asks: signature, issuer, audience and lifetime always checked, no unsigned tokens. "
                + "Locally: `npm run --silent token -- --role Directory.Write [--scope 33.75]`.",
        };

    /// <summary>Marks an operation that needs a token and describes its body.</summary>
    public static void Describe(OpenApiOperation operation, EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            operation.Security = [new OpenApiSecurityRequirement { [SchemeName] = [] }];
        }

        if (metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && operation.OperationId == "PatchMpp")
        {
            var body = new OpenApiRequestBody { IsRequired = true, Description = "The fields to change (JSON merge patch) and the citations that support the change." };
            foreach (var type in accepts.ContentTypes)
            {
                body.Content[type] = new OpenApiMediaType { Schema = MppPatchSchema() };
            }

            operation.RequestBody = body;
        }

        if (operation.OperationId == "CreateMpp")
        {
            var schema = MppPatchSchema();
            schema.Properties["id"] = new JsonSchemaProperty
            {
                Type = JsonObjectType.String,
                Pattern = QueryParameterSchemas.IdPattern,
                MaxLength = Domain.Stewardship.MppDraft.MaxIdLength,
                IsRequired = true,
                Description = "The MPP's readable id, a slug no MPP has, e.g. kabupaten-sleman.",
            };
            schema.Properties["name"].IsRequired = true;
            schema.Properties["regency"].IsRequired = true;
            var body = new OpenApiRequestBody { IsRequired = true, Description = "The new MPP's fields and the citations that support them." };
            body.Content[MppWritesApi.Json] = new OpenApiMediaType { Schema = schema };
            operation.RequestBody = body;
        }

        if (operation.OperationId == "AddObservation")
        {
            var body = new OpenApiRequestBody { IsRequired = true, Description = "The count, its date and the citations that support it." };
            body.Content[MppWritesApi.Json] = new OpenApiMediaType { Schema = ObservationSchema() };
            operation.RequestBody = body;
        }

        if (operation.OperationId == "PutMppSchedule")
        {
            var body = new OpenApiRequestBody { IsRequired = true, Description = "The weekly hours (or null), a note in both languages, and the citations that state them." };
            body.Content[MppWritesApi.Json] = new OpenApiMediaType { Schema = ScheduleSchema() };
            operation.RequestBody = body;
        }

        if (operation.OperationId == "ImportDataset")
        {
            var body = new OpenApiRequestBody { IsRequired = true, Description = "mpps.csv as a dataset version publishes it (UTF-8, header row), edited." };
            body.Content[ImportsApi.Csv] = new OpenApiMediaType
            {
                Schema = new JsonSchema { Type = JsonObjectType.String, MaxLength = ImportsApi.MaxBodyBytes },
                Example = "mpp_id,name,status,province_code,regency_code,district_code,village_code,address,venue,floors,latitude,longitude,coordinates_source_id,time_zone,hours_known,hours_note,hours_note_en,counters_recorded\r\n...",
            };
            operation.RequestBody = body;
        }
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
        return schema;
    }

    private static JsonSchema ObservationSchema()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["metric"] = Enumeration(EnumNames.All<ObservationMetric>(), required: true);
        schema.Properties["value"] = new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long, Minimum = 0, Maximum = 100_000_000, IsRequired = true };
        schema.Properties["qualifier"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 100, IsRequired = true, Description = "reported, planned ... as the source has it." };
        var date = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = false, IsRequired = true, Description = "The date at the precision the source gives, and its own words." };
        date.Properties["value"] = new JsonSchemaProperty { Type = JsonObjectType.String, IsNullableRaw = true, MaxLength = 10, Description = "2024-09-20 (day), 2024-09 (month), 2024 (year), null (unknown)." };
        date.Properties["precision"] = Enumeration(EnumNames.All<DatePrecision>(), required: true);
        date.Properties["basis"] = Enumeration(EnumNames.All<DateBasis>(), required: true);
        date.Properties["text"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 200, IsRequired = true };
        schema.Properties["observedOn"] = date;
        schema.Properties["citations"] = CitationsSchema();
        return schema;
    }

    private static JsonSchema ScheduleSchema()
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
        var weekly = new JsonSchemaProperty { Type = JsonObjectType.Object, IsNullableRaw = true, AllowAdditionalProperties = false, IsRequired = true };
        weekly.Properties["days"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = day, MaxItems = 7, IsRequired = true };
        weekly.Properties["exceptions"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = exception, MaxItems = Domain.Stewardship.ScheduleInputValidator.MaxExceptions, IsRequired = true };
        weekly.Properties["validFrom"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsNullableRaw = true };
        weekly.Properties["validThrough"] = new JsonSchemaProperty { Type = JsonObjectType.String, Format = JsonFormatStrings.Date, MaxLength = 10, IsNullableRaw = true };
        weekly.Properties["openOnHolidays"] = new JsonSchemaProperty { Type = JsonObjectType.Boolean };
        var note = new JsonSchemaProperty { Type = JsonObjectType.Object, IsNullableRaw = true, AllowAdditionalProperties = false, Description = "The directory's own words on the hours, in Indonesian and English." };
        note.Properties["id"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 500, IsRequired = true };
        note.Properties["en"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, MaxLength = 500, IsRequired = true };
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        schema.Properties["schedule"] = weekly;
        schema.Properties["note"] = note;
        schema.Properties["citations"] = CitationsSchema();
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
