using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MppDirectory.Api.Pages.Markup;

/// <summary>
/// Markup that is safe to send as is. Built with <see cref="Of"/> from an interpolated string whose
/// holes are HTML-encoded unless they are themselves <see cref="Html"/>, so a value can reach a page
/// only encoded: there is no way to splice raw text in by mistake.
/// </summary>
public readonly record struct Html
{
    private readonly string? _value;

    public Html(string value)
    {
        _value = value;
    }

    /// <summary>The markup; <c>default(Html)</c> is empty markup.</summary>
    public string Value => _value ?? "";

    // Every script Indonesian and English use stays readable; only markup characters are escaped.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Html Empty { get; } = new("");

    public static Html Of(HtmlHandler handler) => new(handler.ToStringAndClear());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Text, encoded.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html When(bool condition, Func<Html> html) => condition ? html() : Empty;

    public override string ToString() => Value;
}

[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private DefaultInterpolatedStringHandler _inner;

    public HtmlHandler(int literalLength, int formattedCount)
    {
        _inner = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);
    }

    public void AppendLiteral(string literal) => _inner.AppendLiteral(literal);

    public void AppendFormatted(Html html) => _inner.AppendLiteral(html.Value);

    public void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var part in parts)
        {
            _inner.AppendLiteral(part.Value);
        }
    }

    public void AppendFormatted(string? text) => _inner.AppendLiteral(Html.Encoder.Encode(text ?? ""));

    public void AppendFormatted(int number) => _inner.AppendFormatted(number);

    public void AppendFormatted(long number) => _inner.AppendFormatted(number);

    public void AppendFormatted(double number, string format) => _inner.AppendFormatted(number, format);

    public string ToStringAndClear() => _inner.ToStringAndClear();
}
