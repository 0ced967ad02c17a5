using MppDirectory.Domain.Search;

namespace MppDirectory.Domain.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void TokensAreLowerCaseWithoutAccentsOrPunctuation() =>
        Assert.Equal(["destar", "point", "cafe", "e", "ktp"], SearchText.Tokens("Destar Point Café — É-KTP!"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- ! ()")]
    public void TextWithoutLettersOrDigitsHasNoTokens(string text) => Assert.Empty(SearchText.Tokens(text));

    [Theory]
    [InlineData("Pangkal Pinang", "Pangkalpinang")]
    [InlineData("e-KTP", "ektp")]
    [InlineData("e ktp", "E.KTP")]
    public void SpacingVariantsHaveTheSameCompactForm(string one, string other) =>
        Assert.Equal(SearchText.Compact(one), SearchText.Compact(other));

    [Fact]
    public void TermsAreTokensAndJoinedRunsOfAdjacentTokens() =>
        Assert.Equal(
            ["kota", "kotapangkal", "kotapangkalpinang", "pangkal", "pangkalpinang", "pinang"],
            SearchText.Terms(SearchText.Tokens("Kota Pangkal Pinang")));

    [Fact]
    public void JoinedRunsAreAtMostThreeTokensLong() =>
        Assert.DoesNotContain("abcd", SearchText.Terms(["a", "b", "c", "d"]));
}
