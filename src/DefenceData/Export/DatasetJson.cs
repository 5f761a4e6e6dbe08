using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DefenceData.Annotations;

namespace DefenceData.Export;

/// <summary>
/// Writes the whole dataset as one JSON object, one array per collection: camelCase names,
/// references as ids (navigation properties are left out), dates as <c>"2025"</c>,
/// <c>"2025-07"</c> or <c>"2025-07-23"</c>, enums in kebab-case, unknowns as explicit nulls.
/// The output is canonical: the same data always gives the same bytes.
/// </summary>
public static class DatasetJson
{
    /// <summary>The serializer options used for the export.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes the dataset to a stream as indented UTF-8 JSON with '\n' line ends.</summary>
    /// <param name="stream">The stream to write to.</param>
    public static void Write(Stream stream) => Write(stream, Dataset.Collections);

    /// <summary>
    /// Writes any dataset root's collections (its generated <c>Collections</c>, e.g. a project's own
    /// <c>ProjectDataset.Collections</c>) to a stream as indented UTF-8 JSON with '\n' line ends.
    /// </summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="collections">The collections by their names in exports.</param>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, System.Collections.IEnumerable>> collections)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Options.Encoder });
        writer.WriteStartObject();
        foreach (var (name, records) in collections)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, records.Cast<object>().ToArray(), Options);
        }

        writer.WriteEndObject();
    }

    /// <summary>The dataset as indented JSON text with '\n' line ends.</summary>
    /// <returns>The JSON text.</returns>
    public static string ToJson()
    {
        using var stream = new MemoryStream();
        Write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = DataNames.Keys,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepDataProperties } },
        };
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(DataNames.EnumMembers));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Leaves out navigation and computed (get-only) properties such as <see cref="Event.When"/>: the data is what YAML sets.</summary>
    private static void KeepDataProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null || property.AttributeProvider?.IsDefined(typeof(NavigationAttribute), inherit: false) == true)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}

/// <summary>Reads and writes a <see cref="PartialDate"/> as its invariant text: <c>"2025-07-23"</c>.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("Expected a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
