namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>A directory of its own for tests that change it.</summary>
public sealed class StewardshipFixture : ApiFixture;
