using MppDirectory.Domain.Search;

namespace MppDirectory.Domain.Tests.Search;

public sealed class ServiceSearchTests
{
    private static readonly DirectorySearch Search = new(SearchFixture.Directory);

    private static string[] Found(string query) => [.. Search.Services(query).Select(hit => hit.Item.Id)];

    [Theory]
    [InlineData("Paspor")]
    [InlineData("passport")]
    [InlineData("imigrasi")]
    public void NameAndKeywordsFindTheService(string query) => Assert.Equal(["paspor"], Found(query));

    [Fact]
    public void DescriptionFindsTheService() => Assert.Equal(["e-ktp"], Found("identity card"));

    [Fact]
    public void IdFindsTheService() => Assert.Equal(["akta-kelahiran"], Found("akta-kelahiran"));

    [Fact]
    public void ExactNameRanksAbovePrefix() => Assert.Equal(["sim", "simpanan"], Found("sim"));

    [Fact]
    public void WholeWordRanksAbovePrefix()
    {
        var search = new DirectorySearch(SearchFixture.Directory with
        {
            Services = [new("kartunet", "Kartunet", "Internet card.", []), new("kartu-keluarga", "Kartu Keluarga", "Family card.", [])],
        });

        Assert.Equal(["kartu-keluarga", "kartunet"], search.Services("kartu").Select(hit => hit.Item.Id));
    }
}
