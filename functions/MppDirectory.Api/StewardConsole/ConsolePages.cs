using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Pages;
using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.Pages.Widget;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// The console's pages, in the site's design (<see cref="PageLayout"/>): forms that work without script, labels tied
/// to their fields, errors summarised at the top and linked to each field (as GOV.UK's pattern does), and nothing
/// that the person may not do offered as if they could.
/// </summary>
public static class ConsolePages
{
    public const string UnregisteredChoice = "unregistered";

    public static Html SignInUnavailable(PageContext page) => PageLayout.Document(page, page.Say(ConsoleTexts.SignInTitle), Html.Of($"""
        <h1>{page.Say(ConsoleTexts.SignInTitle)}</h1>
        <p>{page.Say(ConsoleTexts.SignInUnavailable)}</p>
        """));

    public static Html DevelopmentSignIn(PageContext page, HttpContext context, IReadOnlyList<StewardEntry> stewards, string back) =>
        PageLayout.Document(page, page.Say(ConsoleTexts.SignInTitle), Html.Of($"""
            <h1>{page.Say(ConsoleTexts.SignInTitle)}</h1>
            <p>{page.Say(ConsoleTexts.SignInIntro)}</p>
            <form method="post" action="{page.Link(ConsoleAuthentication.SignInPath)}" class="console-form">
            {ConsoleForms.Token(context)}
            <input type="hidden" name="kembali" value="{back}">
            <fieldset>
            <legend>{page.Say(ConsoleTexts.DevelopmentSignIn)}: {page.Say(ConsoleTexts.ActAs)}</legend>
            <p class="hint" id="dev-hint">{page.Say(ConsoleTexts.DevelopmentSignInHint)}</p>
            {(stewards.Count == 0 ? Html.Of($"""<p>{page.Say(ConsoleTexts.NoStewardsYet)}</p>""") : Html.Empty)}
            <div class="choices">
            {stewards.Select((s, i) => Html.Of($"""
                <div class="choice"><input type="radio" name="steward" id="steward-{i}" value="{s.Id}"{(i == 0 ? " checked" : "")} aria-describedby="dev-hint"><label for="steward-{i}">{s.Name ?? s.Id} ({s.Id}, {s.Role}, {string.Join(", ", s.Scope)})</label></div>
                """))}
            <div class="choice"><input type="radio" name="steward" id="steward-unregistered" value="{UnregisteredChoice}"{(stewards.Count == 0 ? " checked" : "")}><label for="steward-unregistered">{page.Say(ConsoleTexts.Unregistered)}</label></div>
            </div>
            </fieldset>
            <button type="submit" class="button">{page.Say(ConsoleTexts.SignIn)}</button>
            </form>
            """));

    public static Html Home(PageContext page, HttpContext context, DirectorySnapshot snapshot, Steward? steward, IReadOnlyList<Suggestion> queue, DateTimeOffset now)
    {
        // What is due for a check comes first: the console's to-do list, then by name.
        var mine = steward is null ? [] : snapshot.Data.Mpps.Where(steward.MayChange)
            .OrderBy(m => VerificationRules.AnythingDue(m, snapshot.VerificationPeriodDays, now) ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        var others = snapshot.Data.Mpps.Where(m => steward?.MayChange(m) != true).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        return Frame(page, context, steward, page.Say(ConsoleTexts.Console), Html.Of($"""
            <h1>{page.Say(ConsoleTexts.Console)}</h1>
            {(steward is null ? Html.Of($"""<div class="notice notice-warning"><p>{page.Say(ConsoleTexts.NotRegistered)}</p></div>""") : Html.Of($"""
                <section aria-labelledby="mine">
                <h2 id="mine">{page.Say(ConsoleTexts.YourMpps)}</h2>
                {(mine.Count == 0 ? Html.Of($"<p>{page.Say(ConsoleTexts.NoMppsInScope)}</p>") : MppTable(page, snapshot, mine, ConsoleTexts.YourMpps, ConsoleTexts.Edit, now))}
                </section>
                <section aria-labelledby="queue">
                <h2 id="queue">{page.Say(ConsoleTexts.SuggestionsQueue)}</h2>
                {(queue.Count == 0 ? Html.Of($"<p>{page.Say(ConsoleTexts.NoSuggestions)}</p>") : SuggestionTable(page, snapshot, queue))}
                </section>
                """))}
            {(others.Count == 0 ? Html.Empty : Html.Of($"""
                <section aria-labelledby="others">
                <h2 id="others">{page.Say(ConsoleTexts.OtherMpps)}</h2>
                {MppTable(page, snapshot, others, ConsoleTexts.OtherMpps, ConsoleTexts.View, now)}
                </section>
                """))}
            """));
    }

    private static Html MppTable(PageContext page, DirectorySnapshot snapshot, IReadOnlyList<Mpp> mpps, LocalizedText caption, LocalizedText action, DateTimeOffset now) => Html.Of($"""
        <div class="table-scroll" role="region" aria-label="{page.Say(caption)}" tabindex="0">
        <table>
        <thead><tr><th scope="col">{page.Say(ConsoleTexts.Mpp)}</th><th scope="col">{page.Say(ConsoleTexts.RegionColumn)}</th><th scope="col">{page.Say(ConsoleTexts.CheckColumn)}</th><th scope="col">{page.Say(ConsoleTexts.Actions)}</th></tr></thead>
        <tbody>{mpps.Select(m => Html.Of($"""
            <tr><th scope="row">{m.Name}</th><td>{snapshot.RegionName(m.RegionCodes.Regency) ?? m.RegionCodes.Regency}</td><td>{MppCard.CheckedLine(page, snapshot.VerificationOf(m, now))}</td><td><a href="{page.Link(ConsoleEndpoints.MppPath(m.Id))}">{page.Say(action)}<span class="visually-hidden"> {m.Name}</span></a></td></tr>
            """))}</tbody>
        </table>
        </div>
        """);

    private static Html SuggestionTable(PageContext page, DirectorySnapshot snapshot, IReadOnlyList<Suggestion> queue) => Html.Of($"""
        <div class="table-scroll" role="region" aria-label="{page.Say(ConsoleTexts.SuggestionsQueue)}" tabindex="0">
        <table>
        <thead><tr><th scope="col">{page.Say(ConsoleTexts.Mpp)}</th><th scope="col">{page.Say(ConsoleTexts.WhatIsWrong)}</th><th scope="col">{page.Say(ConsoleTexts.ShouldSay)}</th><th scope="col">{page.Say(ConsoleTexts.SuggestedOn)}</th><th scope="col">{page.Say(ConsoleTexts.Actions)}</th></tr></thead>
        <tbody>{queue.Select(s => Html.Of($"""
            <tr><th scope="row">{(snapshot.MppsById.TryGetValue(s.Mpp, out var mpp) ? mpp.Name : s.Mpp)}</th><td>{FieldLabel(page, s.Field)}</td><td class="resident-text">{s.Proposed}</td><td>{Dates.Of(DateOnly.FromDateTime(s.CreatedAt.UtcDateTime), page)}</td><td><a href="{page.Link(ConsoleEndpoints.SuggestionPath(s.Id))}">{page.Say(ConsoleTexts.Respond)}<span class="visually-hidden"> {s.Id}</span></a></td></tr>
            """))}</tbody>
        </table>
        </div>
        """);

    private static string FieldLabel(PageContext page, string field) =>
        Labels.SuggestionFields.TryGetValue(field, out var label) ? page.Say(label) : field;

    /// <summary>One suggestion, for a steward: what the resident says, the contact if they may answer, and the two answers.</summary>
    public static Html Suggestion(PageContext page, HttpContext context, DirectorySnapshot snapshot, Steward? steward, Suggestion suggestion, bool mayAnswer, string? contact)
    {
        var mppName = snapshot.MppsById.TryGetValue(suggestion.Mpp, out var mpp) ? mpp.Name : suggestion.Mpp;
        var title = page.Say(ConsoleTexts.SuggestionTitle, mppName);
        var open = suggestion.Status == SuggestionStatus.Open;
        return Frame(page, context, steward, title, Html.Of($"""
            <h1>{title}</h1>
            <dl class="suggestion-facts">
            <dt>{page.Say(ConsoleTexts.WhatIsWrong)}</dt><dd>{FieldLabel(page, suggestion.Field)}</dd>
            <dt>{page.Say(ConsoleTexts.ShouldSay)}</dt><dd class="resident-text">{suggestion.Proposed}</dd>
            <dt>{page.Say(ConsoleTexts.Evidence)}</dt><dd class="resident-text">{suggestion.Evidence ?? "-"}</dd>
            <dt>{page.Say(ConsoleTexts.SuggestedOn)}</dt><dd>{Dates.Of(DateOnly.FromDateTime(suggestion.CreatedAt.UtcDateTime), page)}</dd>
            {(mayAnswer ? Html.Of($"""<dt>{page.Say(ConsoleTexts.Contact)}</dt><dd>{contact ?? page.Say(ConsoleTexts.NoContact)}</dd>""") : Html.Empty)}
            </dl>
            <p><a href="{page.Link(Http.Suggestions.SuggestionsApi.PagePath(suggestion.Id))}">{page.Say(ConsoleTexts.PublicPage)}</a></p>
            {(!open ? Html.Of($"""<div class="notice"><p>{page.Say(ConsoleTexts.SuggestionClosed)}</p></div>""")
                : !mayAnswer ? Html.Of($"""<div class="notice notice-warning"><p>{page.Say(ConsoleTexts.CannotAnswer)}</p></div>""")
                : Html.Of($"""
                    <p class="hint">{page.Say(ConsoleTexts.AcceptHint)}</p>
                    <p><a class="button" href="{page.Link(ConsoleEndpoints.MppPath(suggestion.Mpp) + "?saran=" + Uri.EscapeDataString(suggestion.Id))}">{page.Say(ConsoleTexts.Accept)}</a></p>
                    <form method="post" action="{page.Link(ConsoleEndpoints.SuggestionPath(suggestion.Id) + "/tolak")}" class="console-form">
                    {ConsoleForms.Token(context)}
                    <fieldset>
                    <legend>{page.Say(ConsoleTexts.RejectTitle)}</legend>
                    <div class="field"><label for="reason-id">{page.Say(ConsoleTexts.ReasonId)}</label><textarea id="reason-id" name="reason-id" rows="3" lang="id"></textarea></div>
                    <div class="field"><label for="reason-en">{page.Say(ConsoleTexts.ReasonEn)}</label><textarea id="reason-en" name="reason-en" rows="3" lang="en"></textarea></div>
                    </fieldset>
                    <button type="submit" class="button button-secondary">{page.Say(ConsoleTexts.Reject)}</button>
                    </form>
                    """))}
            """));
    }

    /// <summary>The edit page of an MPP: its form, the errors of a post, the preview of one, a notice after saving.</summary>
    public static Html Edit(
        PageContext page, HttpContext context, DirectorySnapshot snapshot, Mpp mpp, Steward? steward, MppForm form,
        IReadOnlyDictionary<string, LocalizedText>? errors = null, (Mpp Mpp, int Changed)? preview = null, LocalizedText? notice = null)
    {
        var mayChange = steward?.MayChange(mpp) == true;
        var title = page.Say(ConsoleTexts.EditTitle, mpp.Name);
        return Frame(page, context, steward, title, Html.Of($"""
            {ErrorSummary(page, errors)}
            {(notice is { } n ? Html.Of($"""<div class="notice" role="status"><p>{page.Say(n)} <a href="{page.Link("/mpps/" + Uri.EscapeDataString(mpp.Id))}">{page.Say(ConsoleTexts.PublicPage)}</a></p></div>""") : Html.Empty)}
            <h1>{title}</h1>
            <p><a href="{page.Link("/mpps/" + Uri.EscapeDataString(mpp.Id))}">{page.Say(ConsoleTexts.PublicPage)}</a> · <a href="{page.Link(ConsoleEndpoints.HomePath)}">{page.Say(ConsoleTexts.BackToConsole)}</a></p>
            {(mayChange ? Html.Empty : Html.Of($"""<div class="notice notice-warning"><p>{page.Say(steward is null ? ConsoleTexts.NotRegistered : ConsoleTexts.CannotSave)}</p></div>"""))}
            {(form.Suggestion.Length > 0 ? Html.Of($"""<div class="notice"><p><a href="{page.Link(ConsoleEndpoints.SuggestionPath(form.Suggestion))}">{page.Say(ConsoleTexts.Answering, form.Suggestion)}</a> {page.Say(ConsoleTexts.AcceptHint)}</p></div>""") : Html.Empty)}
            {(preview is { } p ? Preview(page, snapshot, p.Mpp, p.Changed, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()) : Html.Empty)}
            <form method="post" action="{page.Link(ConsoleEndpoints.MppPath(mpp.Id))}" class="console-form" novalidate>
            {ConsoleForms.Token(context)}
            <input type="hidden" name="revision" value="{form.Revision}">
            <input type="hidden" name="suggestion" value="{form.Suggestion}">
            {MppForm.Fields.Select(f => Html.Of($"""<input type="hidden" name="{MppForm.OpenedPrefix + f}" value="{form.Opened[f]}">"""))}
            <fieldset>
            <legend>{page.Say(ConsoleTexts.OwnFields)}</legend>
            {TextField(page, "name", form, errors, multiline: false)}
            {TextField(page, "address", form, errors, multiline: true, hint: ConsoleTexts.EmptyMeansUnknown)}
            {TextField(page, "venue", form, errors, multiline: false, hint: ConsoleTexts.EmptyMeansUnknown)}
            {TextField(page, "floors", form, errors, multiline: false, hint: ConsoleTexts.EmptyMeansUnknown, inputMode: "numeric")}
            {TextField(page, "regency", form, errors, multiline: false, hintText: page.Say(ConsoleTexts.RegencyHint, snapshot.RegionName(mpp.RegionCodes.Regency) ?? mpp.RegionCodes.Regency ?? "-"))}
            </fieldset>
            <fieldset>
            <legend>{page.Say(ConsoleTexts.Citation)}</legend>
            <p class="hint">{page.Say(ConsoleTexts.CitationHint)}</p>
            {SourceField(page, snapshot, mpp, form, errors)}
            {TextField(page, "quote", form, errors, multiline: true)}
            </fieldset>
            <div class="button-group">
            <button type="submit" name="action" value="preview" class="button button-secondary">{page.Say(ConsoleTexts.Preview)}</button>
            {(mayChange ? Html.Of($"""<button type="submit" name="action" value="save" class="button">{page.Say(ConsoleTexts.Save)}</button>""") : Html.Empty)}
            </div>
            </form>
            {Checks(page, context, snapshot, mpp, mayChange)}
            """));
    }

    /// <summary>When the MPP and each serving counter were last checked, and (for a steward in scope) "checked today".</summary>
    private static Html Checks(PageContext page, HttpContext context, DirectorySnapshot snapshot, Mpp mpp, bool mayChange)
    {
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var action = page.Link(ConsoleEndpoints.MppPath(mpp.Id) + "/diperiksa");
        Html Button(string? counter, string label) => mayChange
            ? Html.Of($"""<form method="post" action="{action}" class="inline-form">{ConsoleForms.Token(context)}<input type="hidden" name="counter" value="{counter ?? ""}"><button type="submit" class="button button-secondary">{label}</button></form>""")
            : Html.Empty;
        var serving = mpp.Counters.Where(c => c.Ended is null).ToList();
        return Html.Of($"""
            <section aria-labelledby="checks">
            <h2 id="checks">{page.Say(PageTexts.Checked)}</h2>
            <p class="hint">{page.Say(ConsoleTexts.CheckIntro)}</p>
            <p>{MppCard.CheckedLine(page, snapshot.VerificationOf(mpp, now))}</p>
            {Button(null, page.Say(ConsoleTexts.CheckedToday))}
            {(serving.Count == 0 ? Html.Empty : Html.Of($"""
                <h3>{page.Say(ConsoleTexts.Counters)}</h3>
                <ul class="check-list">{serving.Select(c => Html.Of($"""<li><span>{c.StatedName}: {MppCard.CheckedLine(page, snapshot.VerificationOf(mpp, c, now))}</span>{Button(c.Id, page.Say(ConsoleTexts.CheckCounterToday, c.StatedName))}</li>"""))}</ul>
                """))}
            </section>
            """);
    }

    private static Html Preview(PageContext page, DirectorySnapshot snapshot, Mpp previewed, int changed, DateTimeOffset now) => Html.Of($"""
        <section aria-labelledby="preview" class="preview">
        <h2 id="preview">{page.Say(ConsoleTexts.PreviewTitle)}</h2>
        <p>{page.Say(changed == 0 ? ConsoleTexts.NothingChanged : ConsoleTexts.PreviewNotSaved)}</p>
        {MppCard.Render(page, snapshot, previewed, now, headingLevel: 3, linkToPage: false)}
        </section>
        """);

    /// <summary>Someone saved first: both versions, field by field, and the steward's changes ready to apply on top.</summary>
    public static Html Conflict(PageContext page, HttpContext context, DirectorySnapshot snapshot, Mpp current, MppForm mine)
    {
        var saved = MppForm.ValuesOf(current);
        return Frame(page, context, null, page.Say(ConsoleTexts.ConflictTitle), Html.Of($"""
            <h1>{page.Say(ConsoleTexts.ConflictTitle)}</h1>
            <p>{page.Say(ConsoleTexts.ConflictIntro)}</p>
            <div class="table-scroll" role="region" aria-label="{page.Say(ConsoleTexts.ConflictTitle)}" tabindex="0">
            <table class="conflict">
            <thead><tr><th scope="col">{page.Say(ConsoleTexts.Field)}</th><th scope="col">{page.Say(ConsoleTexts.WhenYouOpened)}</th><th scope="col">{page.Say(ConsoleTexts.YourVersion)}</th><th scope="col">{page.Say(ConsoleTexts.SavedVersion)}</th></tr></thead>
            <tbody>{MppForm.Fields.Select(f => Html.Of($"""
                <tr{(mine.Values[f] != mine.Opened[f] || saved[f] != mine.Opened[f] ? Html.Of($" class=\"differs\"") : Html.Empty)}><th scope="row">{page.Say(MppForm.Label(f))}</th><td>{Shown(page, mine.Opened[f])}</td><td>{Shown(page, mine.Values[f])}</td><td>{Shown(page, saved[f])}</td></tr>
                """))}</tbody>
            </table>
            </div>
            <form method="post" action="{page.Link(ConsoleEndpoints.MppPath(current.Id))}" class="console-form">
            {ConsoleForms.Token(context)}
            <input type="hidden" name="revision" value="{Http.Caching.MppRevision.Of(current)}">
            {MppForm.Fields.Select(f => Html.Of($"""<input type="hidden" name="{f}" value="{mine.Values[f]}"><input type="hidden" name="{MppForm.OpenedPrefix + f}" value="{mine.Opened[f]}">"""))}
            <input type="hidden" name="source" value="{mine.Source}">
            <input type="hidden" name="suggestion" value="{mine.Suggestion}">
            <input type="hidden" name="quote" value="{mine.Quote}">
            <div class="button-group">
            <button type="submit" name="action" value="save" class="button">{page.Say(ConsoleTexts.Reapply)}</button>
            <a class="button button-secondary" href="{page.Link(ConsoleEndpoints.MppPath(current.Id))}">{page.Say(ConsoleTexts.Discard)}</a>
            </div>
            </form>
            """));
    }

    public static Html NotFound(PageContext page, HttpContext context) =>
        Message(page, context, PageTexts.NotFoundTitle, page.Say(PageTexts.MppNotFound));

    public static Html Message(PageContext page, HttpContext context, LocalizedText title, string message) =>
        Frame(page, context, null, page.Say(title), Html.Of($"""
            <h1>{page.Say(title)}</h1>
            <p>{message}</p>
            <p><a href="{page.Link(ConsoleEndpoints.HomePath)}">{page.Say(ConsoleTexts.BackToConsole)}</a></p>
            """));

    /// <summary>The console's frame: who is signed in (and as which steward), and the sign-out form.</summary>
    private static Html Frame(PageContext page, HttpContext context, Steward? steward, string title, Html main)
    {
        var person = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        return PageLayout.Document(page, title, Html.Of($"""
            <div class="console-bar">
            <p><a href="{page.Link(ConsoleEndpoints.HomePath)}">{page.Say(ConsoleTexts.Console)}</a>{(person is null ? Html.Empty : Html.Of($" · {page.Say(ConsoleTexts.SignedInAs, person)}"))}{(steward is null ? Html.Empty : Html.Of($" · {page.Say(ConsoleTexts.StewardSummary, steward.Id, steward.Role, steward.Scope.ToString())}"))}</p>
            {(person is null ? Html.Empty : Html.Of($"""
                <form method="post" action="{page.Link(ConsoleAuthentication.SignOutPath)}">{ConsoleForms.Token(context)}<button type="submit" class="button button-secondary">{page.Say(ConsoleTexts.SignOut)}</button></form>
                """))}
            </div>
            {main}
            """));
    }

    private static Html ErrorSummary(PageContext page, IReadOnlyDictionary<string, LocalizedText>? errors) =>
        errors is null || errors.Count == 0 ? Html.Empty : Html.Of($"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{page.Say(ConsoleTexts.ErrorSummary)}</h2>
            <ul>{errors.Select(e => e.Key.Length == 0
                ? Html.Of($"<li>{page.Say(e.Value)}</li>")
                : Html.Of($"""<li><a href="#field-{e.Key}">{page.Say(e.Value)}</a></li>"""))}</ul>
            </div>
            """);

    private static Html TextField(
        PageContext page, string field, MppForm form, IReadOnlyDictionary<string, LocalizedText>? errors, bool multiline,
        LocalizedText? hint = null, string? hintText = null, string? inputMode = null)
    {
        var value = field == "quote" ? form.Quote : form.Values[field];
        var hintShown = hintText ?? (hint is { } h ? page.Say(h) : null);
        var error = errors is not null && errors.TryGetValue(field, out var e) ? page.Say(e) : null;
        var describedBy = string.Join(" ", new[] { hintShown is null ? null : $"hint-{field}", error is null ? null : $"error-{field}" }.OfType<string>());
        var aria = Html.Of($"""{(describedBy.Length > 0 ? Html.Of($" aria-describedby=\"{describedBy}\"") : Html.Empty)}{(error is null ? Html.Empty : Html.Of($" aria-invalid=\"true\""))}""");
        return Html.Of($"""
            <div class="field{(error is null ? "" : " field-error")}">
            <label for="field-{field}">{page.Say(MppForm.Label(field))}</label>
            {(hintShown is null ? Html.Empty : Html.Of($"""<p class="hint" id="hint-{field}">{hintShown}</p>"""))}
            {(error is null ? Html.Empty : Html.Of($"""<p class="error-message" id="error-{field}">{error}</p>"""))}
            {(multiline
                ? Html.Of($"""<textarea id="field-{field}" name="{field}" rows="3"{aria}>{value}</textarea>""")
                : Html.Of($"""<input type="text" id="field-{field}" name="{field}" value="{value}"{(inputMode is null ? Html.Empty : Html.Of($" inputmode=\"{inputMode}\""))}{aria}>"""))}
            </div>
            """);
    }

    private static Html SourceField(PageContext page, DirectorySnapshot snapshot, Mpp mpp, MppForm form, IReadOnlyDictionary<string, LocalizedText>? errors)
    {
        // The sources this MPP cites already come first: a correction usually quotes one of them or a newer article.
        var cited = mpp.AllCitations().Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        var sources = snapshot.SourcesById.Values.OrderBy(s => cited.Contains(s.Id) ? 0 : 1).ThenByDescending(s => s.Dateline.Value, StringComparer.Ordinal).ToList();
        var error = errors is not null && errors.TryGetValue("source", out var e) ? page.Say(e) : null;
        return Html.Of($"""
            <div class="field{(error is null ? "" : " field-error")}">
            <label for="field-source">{page.Say(ConsoleTexts.Source)}</label>
            {(error is null ? Html.Empty : Html.Of($"""<p class="error-message" id="error-source">{error}</p>"""))}
            <select id="field-source" name="source"{(error is null ? Html.Empty : Html.Of($" aria-describedby=\"error-source\" aria-invalid=\"true\""))}>
            <option value="">{page.Say(ConsoleTexts.ChooseSource)}</option>
            {sources.Select(s => Html.Of($"""<option value="{s.Id}"{(s.Id == form.Source ? " selected" : "")}>{s.Publisher ?? page.Say(PageTexts.SourceWithoutPublisher)}, {s.Dateline.Value}{(s.Headline is { } headline ? ": " + headline : "")} ({s.Id})</option>"""))}
            </select>
            </div>
            """);
    }

    private static Html Shown(PageContext page, string value) => value.Length == 0 ? Html.Of($"<em>{page.Say(ConsoleTexts.Empty)}</em>") : Html.Text(value);
}
