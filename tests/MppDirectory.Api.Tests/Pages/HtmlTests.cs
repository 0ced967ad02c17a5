using MppDirectory.Api.Pages.Markup;

namespace MppDirectory.Api.Tests.Pages;

public sealed class HtmlTests
{
    [Fact]
    public void ValuesAreEncodedAndMarkupIsNot()
    {
        var name = "<script>alert('x')</script> & \"quotes\"";
        var inner = Html.Of($"<em>{name}</em>");

        var page = Html.Of($"<p title=\"{name}\">{inner}</p>");

        Assert.Equal(
            "<p title=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;\"><em>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;</em></p>",
            page.Value);
    }

    [Fact]
    public void IndonesianTextStaysReadable()
    {
        Assert.Equal("<p>Kantor Imigrasi · Pekalongan – Jumat</p>", Html.Of($"<p>{"Kantor Imigrasi · Pekalongan – Jumat"}</p>").Value);
    }

    [Fact]
    public void DefaultMarkupIsEmpty()
    {
        Assert.Equal("<p></p>", Html.Of($"<p>{default(Html)}</p>").Value);
    }
}
