using System.Text.Json;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// The MPPs as a GeoJSON (RFC 7946) FeatureCollection. Only MPPs whose coordinates a source states
/// become features; with none, the collection is empty, which is valid GeoJSON.
/// </summary>
public static class GeoJsonWriter
{
    public const string MediaType = "application/geo+json; charset=utf-8";

    public static byte[] Write(IEnumerable<Mpp> mpps)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonTableWriter.WriterOptions with { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var mpp in mpps.Where(m => m.Coordinates is not null).OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                WriteFeature(writer, mpp, mpp.Coordinates!);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter writer, Mpp mpp, Coordinates coordinates)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", mpp.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates"); // RFC 7946: longitude first
        writer.WriteNumberValue(coordinates.Longitude);
        writer.WriteNumberValue(coordinates.Latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("mpp_id", mpp.Id);
        writer.WriteString("name", mpp.Name);
        writer.WriteString("status", EnumNames.Of(mpp.Status));
        writer.WriteString("province_code", mpp.RegionCodes.Province);
        writer.WriteString("regency_code", mpp.RegionCodes.Regency);
        writer.WriteString("address", mpp.Address);
        writer.WriteString("coordinates_source_id", coordinates.Citation.Source);
        writer.WriteString("coordinates_quote", coordinates.Citation.Quote);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
