using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Pages;

/// <summary>The query of the search page and the widget's search fragment; pages take <see cref="Http.Localization.LanguageQuery"/> too.</summary>
public sealed record PageSearchQuery
{
    [FromQuery(Name = "q"), FreeTextQuery, Description("What to look for.")]
    public string? Q { get; init; }
}

/// <summary>The level of a fragment's title, so that it fits the outline of the page it lands in.</summary>
public sealed record FragmentQuery
{
    [FromQuery(Name = "heading"), Description("2 to 6; 2 when absent or anything else.")]
    public string? Heading { get; init; }

    public int HeadingLevel => int.TryParse(Heading, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level) && level is >= 2 and <= 6 ? level : 2;
}
