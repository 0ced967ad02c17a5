using Microsoft.AspNetCore.Http;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Tests.Pages;

public sealed class RequestLanguageTests
{
    [Theory]
    [InlineData(null, null, Language.Indonesian)]
    [InlineData("en", null, Language.English)]
    [InlineData("id", "en", Language.Indonesian)]
    [InlineData(null, "en-US,en;q=0.9", Language.English)]
    [InlineData(null, "fr, en;q=0.5, id;q=0.8", Language.Indonesian)]
    [InlineData(null, "fr, de", Language.Indonesian)]
    [InlineData(null, "in", Language.Indonesian)]
    [InlineData(null, "id;q=0, en", Language.English)]
    [InlineData("xx", "en", Language.English)]
    public void LangThenAcceptLanguageThenIndonesian(string? lang, string? acceptLanguage, Language expected)
    {
        var context = new DefaultHttpContext();
        if (lang is not null)
        {
            context.Request.QueryString = QueryString.Create("lang", lang);
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        Assert.Equal(expected, RequestLanguage.Of(context.Request));
    }
}
