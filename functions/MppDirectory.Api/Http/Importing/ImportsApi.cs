using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Datasets.Importing;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Importing;

namespace MppDirectory.Api.Http.Importing;

/// <summary>
/// <c>POST /api/v1/imports</c>: a published <c>mpps.csv</c> or <c>counters.csv</c> edited in a spreadsheet, or JSON in the API's shapes, brought back.
/// A dry run (the default) reports what would change and writes nothing; a real one applies each MPP
/// whole or not at all, audited like any write. Any problem in the file and nothing is written.
/// </summary>
public static class ImportsApi
{
    // The national mpps.csv (514 MPPs) is about 100 KB.
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder routes)
    {
        routes.MapPost("/api/v1/imports", ImportAsync)
            .WithName("ImportDataset")
            .WithTags("Stewardship")
            .WithSummary("Import an edited mpps.csv, counters.csv or JSON (dry run by default)")
            .WithDescription("The body is `mpps.csv` or `counters.csv` exactly as a dataset version publishes it (text/csv; the header tells which), "
                + "edited. In mpps.csv name, address, venue, floors and regency_code may change, checked by the same rules as PATCH /api/v1/mpps/{id}. "
                + "In counters.csv agency_id, stated_name, agency_basis, status and the ended columns (filled exactly when the status is ended) may "
                + "change, and a row with a new counter_slug adds a counter to its MPP (its services and hours come with its PUT); rows left out stay "
                + "as they are. Derived columns must stay as published. JSON (application/json) in the API's own shapes works the same way: an "
                + "MPP as GET /api/v1/mpps/{id} answers it, an array of them or a page of them; its own fields and its counters' own fields are "
                + "imported by the same rules, and the derived rest of the shape is ignored. The answer reports each row as created, updated (with the fields) or "
                + "unchanged, or a 422 problem naming each row and column at fault, in which case nothing is written. `dry_run=false` applies it, "
                + "all rows of an MPP in one transaction, with the citation given by `source` and `quote`, and appends one change per MPP to "
                + "/api/v1/changes. Needs a token with the role Directory.Admin.")
            .AcceptsBody(typeof(DatasetImport), "mpps.csv or counters.csv as a dataset version publishes it (UTF-8, header row), or JSON in the API's shapes, edited.", WriteMediaTypes.Csv, WriteMediaTypes.Json)
            .ValidateQuery()
            .AsStewardWrite(StewardAuthentication.AdminPolicy)
            .Produces<ImportReport>();
        return routes;
    }

    public static async Task<Results<Written<ImportReport>, ProblemHttpResult>> ImportAsync(
        [AsParameters] ImportQuery query, [AsParameters] StewardWrite write, MppImporter importer)
    {
        var (body, bodyProblem) = await write.ReadBytesAsync([WriteMediaTypes.Csv, WriteMediaTypes.Json], MaxBodyBytes);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var dryRun = query.DryRun != "false";
        var citations = query.Source is null ? [] : new[] { new CitationInput(query.Source, query.Quote ?? "") };
        var snapshot = await write.Directory.GetAsync(write.Context.RequestAborted);
        var plan = DatasetImport.Plan(body, snapshot.Data, citations, requireCitations: !dryRun);
        if (!plan.CanApply)
        {
            return ProblemResults.ImportRejected(plan.Problems);
        }

        if (plan.OutsideScope(write.Steward.Scope, snapshot.MppsById, snapshot.RegionsByCode) is { Count: > 0 } outside)
        {
            return ProblemResults.ImportOutOfScope(outside, write.Steward.Scope);
        }

        if (dryRun || plan.Edits.Count == 0)
        {
            return new Written<ImportReport>(ImportReport.Of(plan, dryRun, applied: null), StatusCodes.Status200OK, language: null);
        }

        var stamp = write.Stamp();
        var result = await importer.ApplyAsync(plan, snapshot.RegionsByCode, stamp.Actor, write.Steward.Scope, stamp.At, stamp.RequestId, write.Context.RequestAborted);
        if (result.Applied.Count > 0)
        {
            await write.PublishAsync("an import", snapshot, published: true); // the importer published what it committed
        }

        return new Written<ImportReport>(ImportReport.Of(plan, dryRun, result), StatusCodes.Status200OK, language: null);
    }
}

/// <summary>The query of an import: whether to write, and the citation a real import's changes carry.</summary>
public sealed record ImportQuery
{
    [FromQuery(Name = "dry_run"), Example("true"), Description("true (the default): report only, write nothing. false: apply.")]
    public string? DryRun { get; init; }

    [FromQuery(Name = "source"), Example("tribunchannel-2024-09-20"), Description("For a real import: the registered source that supports the changes.")]
    public string? Source { get; init; }

    [FromQuery(Name = "quote"), Example("Gedung MPP ... memiliki bangunan 2 lantai"), Description("For a real import: the sentence of that source.")]
    public string? Quote { get; init; }
}

public sealed class ImportQueryValidator : AbstractValidator<ImportQuery>
{
    public ImportQueryValidator()
    {
        RuleFor(q => q.DryRun).Boolean().OverridePropertyName("dry_run");
        RuleFor(q => q.Quote).NotEmpty().When(q => q.Source is not null).WithMessage("is required with source").OverridePropertyName("quote");
        RuleFor(q => q.Source).NotEmpty().When(q => q.Quote is not null).WithMessage("is required with quote").OverridePropertyName("source");
    }
}

/// <summary>What an import did, or would do in a dry run.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Created">Rows that add a counter (an import never creates an MPP: POST /api/v1/mpps does).</param>
/// <param name="Updated">Rows that change an MPP or a counter, with the fields (and, once applied, the change's id in the feed).</param>
/// <param name="Unchanged">Ids of the rows as published: MPP ids, or counter ids (mpp_id/counter_slug).</param>
/// <param name="Errors">Rows not imported because another write changed the MPP meanwhile (a real import only).</param>
public sealed record ImportReport(
    bool DryRun, string File, int Rows, IReadOnlyList<ImportedRow> Created, IReadOnlyList<ImportedRow> Updated, IReadOnlyList<string> Unchanged, IReadOnlyList<ImportProblem> Errors)
{
    public static ImportReport Of(ImportPlan plan, bool dryRun, ImportResult? applied)
    {
        var rows = applied is null
            ? plan.Edits.Select(e => (e.Creates, Row: new ImportedRow(e.Row, e.MppId, e.CounterId, e.Fields, null)))
            : applied.Applied.Select(a => (Creates: a.Created, Row: new ImportedRow(a.Row, a.MppId, a.CounterId, a.Fields, a.ChangeId)));
        var all = rows.ToList();
        return new(
            dryRun, plan.File, plan.Rows, [.. all.Where(r => r.Creates).Select(r => r.Row)], [.. all.Where(r => !r.Creates).Select(r => r.Row)],
            [.. plan.Unchanged, .. applied?.Unchanged ?? []], applied?.Conflicts ?? []);
    }
}

/// <param name="CounterId">The counter the row writes; null for a row of mpps.csv.</param>
/// <param name="ChangeId">The change's id in /api/v1/changes; null in a dry run.</param>
public sealed record ImportedRow(int Row, string MppId, string? CounterId, IReadOnlyList<string> Fields, long? ChangeId);
