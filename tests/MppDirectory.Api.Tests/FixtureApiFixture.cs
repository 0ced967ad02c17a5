using MppDirectory.Domain;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests;

/// <summary>
/// The app over the test fixtures in Fixtures/: invented MPPs with hours in WIB, WITA and WIT and
/// a holiday calendar, beside the real agency kinds, services and regions.
/// </summary>
public sealed class FixtureApiFixture : ApiFixture
{
    public override DirectoryData Seed => TestSeed.Fixtures;
}
