namespace MppDirectory.Api.Tests;

/// <summary>A clock the test sets; the app reads "now" from it.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
