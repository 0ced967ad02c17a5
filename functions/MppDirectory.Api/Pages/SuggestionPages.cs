using System.Globalization;
using MppDirectory.Api.Http.Suggestions;
using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Pages;

/// <summary>
/// The suggestion form (<c>/mpps/{id}/saran</c>) and each suggestion's page (<c>/saran/{id}</c>): plain HTML forms that
/// work without script. A form with errors comes back with a summary at the top that links to each field at fault, each
/// field's message beside it, and what was typed kept (the GOV.UK pattern).
/// </summary>
public static class SuggestionPages
{
    /// <summary>The form's field names: the API's names, so that one validator names both.</summary>
    public const string FieldName = "field";
    public const string ProposedName = "proposed";
    public const string EvidenceName = "evidence";
    public const string ContactName = "contact";

    /// <summary>The honeypot: hidden from people and assistive technology alike (off-screen, aria-hidden, out of the tab order); only robots fill it.</summary>
    public const string HoneypotName = "website";

    public static string FormPath(string mppId) => "/mpps/" + Uri.EscapeDataString(mppId) + "/saran";

    /// <param name="errors">Each field at fault with its message, in the form's order; empty on a first view.</param>
    public static Html Form(PageContext page, Mpp mpp, SuggestionInput values, IReadOnlyList<(string Field, string Message)> errors, string tokenField, string token)
    {
        var title = page.Say(PageTexts.SuggestTitle, mpp.Name);
        return PageLayout.Document(page, errors.Count > 0 ? $"{page.Say(PageTexts.ErrorPrefix)}: {title}" : title, Html.Of($"""
            {ErrorSummary(page, errors)}
            <h1>{title}</h1>
            <p class="lead">{page.Say(PageTexts.SuggestIntro)}</p>
            <form class="suggestion-form" method="post" action="{page.Link(FormPath(mpp.Id))}" novalidate>
            <input type="hidden" name="{tokenField}" value="{token}">
            {Group(page, FieldName, PageTexts.FieldLabel, null, errors, Html.Of($"""
                <select id="{FieldName}" name="{FieldName}"{Described(FieldName, null, errors)}>
                <option value="">{page.Say(PageTexts.ChooseField)}</option>
                {SuggestionFields.All.Select(f => Html.Of($"""<option value="{f}"{(values.Field == f ? Html.Of($" selected") : Html.Empty)}>{page.Say(Labels.SuggestionFields[f])}</option>"""))}
                </select>
                """))}
            {Group(page, ProposedName, PageTexts.ProposedLabel, PageTexts.ProposedHint, errors, Html.Of($"""
                <textarea id="{ProposedName}" name="{ProposedName}" rows="5" maxlength="{SuggestionInput.MaxTextLength}"{Described(ProposedName, PageTexts.ProposedHint, errors)}>{values.Proposed}</textarea>
                """))}
            {Group(page, EvidenceName, PageTexts.EvidenceLabel, PageTexts.EvidenceHint, errors, Html.Of($"""
                <textarea id="{EvidenceName}" name="{EvidenceName}" rows="3" maxlength="{SuggestionInput.MaxTextLength}"{Described(EvidenceName, PageTexts.EvidenceHint, errors)}>{values.Evidence}</textarea>
                """))}
            {Group(page, ContactName, PageTexts.ContactLabel, PageTexts.ContactHint, errors, Html.Of($"""
                <input type="email" id="{ContactName}" name="{ContactName}" autocomplete="email" spellcheck="false" maxlength="{SuggestionInput.MaxContactLength}" value="{values.Contact}"{Described(ContactName, PageTexts.ContactHint, errors)}>
                """))}
            <div class="form-trap" aria-hidden="true">
            <label for="{HoneypotName}">{page.Say(PageTexts.HoneypotLabel)}</label>
            <input type="text" id="{HoneypotName}" name="{HoneypotName}" tabindex="-1" autocomplete="off">
            </div>
            <button type="submit">{page.Say(PageTexts.SendSuggestion)}</button>
            </form>
            <p class="form-aside">{page.Say(PageTexts.ComplaintsElsewhere)}</p>
            <p><a href="{page.Link("/mpps/" + Uri.EscapeDataString(mpp.Id))}">{page.Say(PageTexts.BackToMpp, mpp.Name)}</a></p>
            """));
    }

    /// <summary>A suggestion's public page: what it says, where it stands, how it was answered; never its contact.</summary>
    public static Html Suggestion(PageContext page, Suggestion suggestion, string mppName)
    {
        var title = page.Say(PageTexts.SuggestionTitle, mppName);
        return PageLayout.Document(page, title, Html.Of($"""
            <h1>{title}</h1>
            {(suggestion.Status == SuggestionStatus.Open ? Html.Of($"""<p class="lead">{page.Say(PageTexts.SuggestionReceived)}</p>""") : Html.Empty)}
            <dl class="suggestion-facts">
            <dt>{page.Say(PageTexts.SuggestionStatus)}</dt><dd><strong>{page.Say(StatusLabel(suggestion.Status))}</strong></dd>
            <dt>{page.Say(PageTexts.SuggestedField)}</dt><dd>{page.Say(Labels.SuggestionFields.TryGetValue(suggestion.Field, out var label) ? label : new LocalizedText(suggestion.Field, suggestion.Field))}</dd>
            <dt>{page.Say(PageTexts.SuggestedText)}</dt><dd class="resident-text">{suggestion.Proposed}</dd>
            {(suggestion.Evidence is { } evidence ? Html.Of($"""<dt>{page.Say(PageTexts.SuggestedEvidence)}</dt><dd class="resident-text">{evidence}</dd>""") : Html.Empty)}
            <dt>{page.Say(PageTexts.SuggestedOn)}</dt><dd>{Time(page, suggestion.CreatedAt)}</dd>
            {(suggestion.ClosedAt is { } closed ? Html.Of($"""<dt>{page.Say(PageTexts.ClosedOn)}</dt><dd>{Time(page, closed)}</dd>""") : Html.Empty)}
            {(suggestion.Reason is { } reason ? Html.Of($"""<dt>{page.Say(PageTexts.RejectionReason)}</dt><dd>{page.Say(reason)}</dd>""") : Html.Empty)}
            {(suggestion.Change is { } change ? Html.Of($"""<dt>{page.Say(PageTexts.AnsweringChange)}</dt><dd><a href="{page.Absolute(ChangeLink(change))}">{page.Say(PageTexts.AcceptedByChange, change)}</a></dd>""") : Html.Empty)}
            </dl>
            <p class="form-aside">{page.Say(PageTexts.ComplaintsElsewhere)}</p>
            <ul class="link-list">
            <li><a href="{page.Link("/mpps/" + Uri.EscapeDataString(suggestion.Mpp))}">{page.Say(PageTexts.BackToMpp, mppName)}</a></li>
            <li><a href="{page.Absolute(SuggestionsApi.Path(suggestion.Id))}">{page.Say(PageTexts.SuggestionAsJson)}</a></li>
            </ul>
            """));
    }

    /// <summary>A page that says why a form post was not taken, with the way back to the form.</summary>
    public static Html Refused(PageContext page, LocalizedText title, LocalizedText message, string mppId) =>
        PageLayout.Document(page, page.Say(title), Html.Of($"""
            <h1>{page.Say(title)}</h1>
            <p>{page.Say(message)}</p>
            <p><a href="{page.Link(FormPath(mppId))}">{page.Say(PageTexts.BackToForm)}</a></p>
            <p class="form-aside">{page.Say(PageTexts.ComplaintsElsewhere)}</p>
            """));

    /// <summary>The change feed's page that starts with the change <paramref name="number"/>.</summary>
    public static string ChangeLink(long number) =>
        "/api/v1/changes?since=" + (number - 1).ToString(CultureInfo.InvariantCulture) + "&per_page=1";

    private static LocalizedText StatusLabel(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Accepted => PageTexts.SuggestionAccepted,
        SuggestionStatus.Rejected => PageTexts.SuggestionRejected,
        _ => PageTexts.SuggestionOpen,
    };

    private static Html Time(PageContext page, DateTimeOffset at) =>
        Html.Of($"""<time datetime="{at.ToString("O", CultureInfo.InvariantCulture)}">{Dates.Of(DateOnly.FromDateTime(at.UtcDateTime), page)}</time>""");

    private static Html ErrorSummary(PageContext page, IReadOnlyList<(string Field, string Message)> errors) => errors.Count == 0 ? Html.Empty : Html.Of($"""
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">{page.Say(PageTexts.ErrorSummaryTitle)}</h2>
        <ul>{errors.Select(e => Html.Of($"""<li><a href="#{e.Field}">{e.Message}</a></li>"""))}</ul>
        </div>
        """);

    private static Html Group(PageContext page, string name, LocalizedText label, LocalizedText? hint, IReadOnlyList<(string Field, string Message)> errors, Html control)
    {
        var error = errors.FirstOrDefault(e => e.Field == name).Message;
        return Html.Of($"""
            <div class="field{(error is null ? Html.Empty : Html.Of($" field-error"))}">
            <label for="{name}">{page.Say(label)}</label>
            {(hint is null ? Html.Empty : Html.Of($"""<p class="hint" id="{name}-hint">{page.Say(hint)}</p>"""))}
            {(error is null ? Html.Empty : Html.Of($"""<p class="error-message" id="{name}-error"><span class="visually-hidden">{page.Say(PageTexts.ErrorPrefix)}:</span> {error}</p>"""))}
            {control}
            </div>
            """);
    }

    /// <summary>The control's <c>aria-describedby</c> (its hint, its error) and <c>aria-invalid</c> when it is at fault.</summary>
    private static Html Described(string name, LocalizedText? hint, IReadOnlyList<(string Field, string Message)> errors)
    {
        var invalid = errors.Any(e => e.Field == name);
        var ids = new[] { hint is null ? null : name + "-hint", invalid ? name + "-error" : null }.OfType<string>().ToList();
        return Html.Of($"""{(ids.Count == 0 ? Html.Empty : Html.Of($" aria-describedby=\"{string.Join(' ', ids)}\""))}{(invalid ? Html.Of($" aria-invalid=\"true\"") : Html.Empty)}""");
    }
}
