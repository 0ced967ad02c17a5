namespace MppDirectory.Api.Http;

/// <summary>
/// A value from the seed data that the OpenAPI document shows as a parameter's example; a test calls
/// every operation with its examples and expects an answer, so they stay real.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
