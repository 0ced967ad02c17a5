using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Notes;

/// <summary>Data-quality notes across the directory: <c>/api/v1/notes</c>.</summary>
public static class NotesApi
{
    public static IEndpointRouteBuilder MapNotes(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/notes", ListNotes)
            .WithName("ListNotes")
            .WithTags("Sources")
            .WithSummary("List data-quality notes: conflicts, vague dates, miscounts, spellings")
            .WithDescription(
                "Where sources disagree or are vague, the record keeps a note instead of choosing silently: a launch date without " +
                "a year, an announced count of agencies that differs from the agencies named, a plan that changed, a place name spelled " +
                "differently from the Kemendagri list. Each note cites its sentences.")
            .ValidateQuery()
            .Localized();
        return routes;
    }

    public static async Task<Ok<PagedList<NoteView>>> ListNotes(
        [AsParameters] PageQuery paging, [AsParameters] NoteListQuery query, [AsParameters] LanguageQuery language, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var lang = RequestLanguage.Of(context.Request);
        var items = snapshot.Data.Mpps
            .Where(m => query.Mpp is null || m.Id == query.Mpp)
            .SelectMany(m => m.Notes.Select(n => new NoteView(m.Id, n.Id, n.Kind, n.Text.In(lang), n.Citations)))
            .Where(n => query.Kind is null || n.Kind == query.Kind)
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }
}

public sealed record NoteListQuery
{
    [FromQuery(Name = "kind"), Example("vague-date"), Description("Only notes of this kind, e.g. count-mismatch or vague-date.")]
    public string? Kind { get; init; }

    [FromQuery(Name = "mpp"), Example("kota-pekalongan"), Description("Only the notes of this MPP id.")]
    public string? Mpp { get; init; }
}

public sealed class NoteListQueryValidator : AbstractValidator<NoteListQuery>
{
    public NoteListQueryValidator(DirectoryReadModel directory)
    {
        RuleFor(q => q.Kind).KnownId(directory, (s, kind) => s.Data.Mpps.Any(m => m.Notes.Any(n => n.Kind == kind)), "/api/v1/notes").OverridePropertyName("kind");
        RuleFor(q => q.Mpp).KnownId(directory, (s, id) => s.MppsById.ContainsKey(id), "/api/v1/mpps").OverridePropertyName("mpp");
    }
}

/// <summary>A data-quality note with the MPP it belongs to.</summary>
/// <param name="Text">The note in the language asked for (lang, else Accept-Language, else Indonesian).</param>
public sealed record NoteView(string MppId, string Id, string Kind, string Text, IReadOnlyList<Citation> Citations);
