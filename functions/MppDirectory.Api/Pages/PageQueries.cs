using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Localization;

namespace MppDirectory.Api.Pages;

/// <summary>The query of the search page and the widget's search fragment; pages take <see cref="LanguageQuery"/> too.</summary>
public sealed record PageSearchQuery(
    [property: FromQuery(Name = "q"), Description("What to look for.")] string? Q);
