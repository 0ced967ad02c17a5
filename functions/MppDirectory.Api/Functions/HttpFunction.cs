namespace MppDirectory.Api.Functions;

/// <summary>
/// One HTTP function of the Functions host: the route (below the host's <c>api</c> prefix) and
/// methods it forwards to the app.
/// </summary>
public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, string AuthLevel = "anonymous");
