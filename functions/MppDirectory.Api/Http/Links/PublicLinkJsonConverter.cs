using System.Text.Json;
using System.Text.Json.Serialization;

namespace MppDirectory.Api.Http.Links;

/// <summary>Writes a <see cref="PublicLink"/> as its absolute URL; reads one back as given.</summary>
public sealed class PublicLinkJsonConverter(PublicUrls urls) : JsonConverter<PublicLink>
{
    public override PublicLink Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, PublicLink value, JsonSerializerOptions options) =>
        writer.WriteStringValue(urls.Absolute(value.Path));
}
