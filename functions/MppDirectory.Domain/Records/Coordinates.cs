namespace MppDirectory.Domain.Records;

/// <summary>WGS 84 coordinates, only where a source states them.</summary>
public sealed record Coordinates(double Latitude, double Longitude, Citation Citation);
