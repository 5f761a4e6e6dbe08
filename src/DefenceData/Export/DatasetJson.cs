using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using DefenceData.Metadata;

namespace DefenceData.Export;

/// <summary>
/// Writes a whole dataset as one JSON object, one array per collection: camelCase keys, references
/// as ids (navigation properties are left out), dates as <c>"2025"</c>, <c>"2025-07"</c> or
/// <c>"2025-07-23"</c>, enums in kebab-case, unknowns as explicit nulls. Driven by the generated
/// metadata (no reflection), so it serves any generated dataset. The output is canonical: the same
/// data always gives the same bytes.
/// </summary>
public static class DatasetJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes this package's dataset to a stream as indented UTF-8 JSON with '\n' line ends.</summary>
    /// <param name="stream">The stream to write to.</param>
    public static void Write(Stream stream) => Write(stream, Dataset.Metadata);

    /// <summary>
    /// Writes any generated dataset (its root's <c>Metadata</c>, e.g. a project's own
    /// <c>ProjectDataset.Metadata</c>) to a stream as indented UTF-8 JSON with '\n' line ends.
    /// </summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="dataset">The dataset.</param>
    public static void Write(Stream stream, DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = new Utf8JsonWriter(stream, s_options);
        WriteDataset(writer, dataset);
    }

    private static void WriteDataset(Utf8JsonWriter writer, DatasetMetadata dataset)
    {
        writer.WriteStartObject();
        foreach (var collection in dataset.Collections)
        {
            writer.WritePropertyName(collection.ExportName);
            writer.WriteStartArray();
            foreach (var record in collection.Records)
            {
                WriteObject(writer, record, collection.RecordType);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one record (or nested object) as a JSON object, as the export does.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The record or object.</param>
    /// <param name="type">Its type's metadata.</param>
    public static void WriteObject(Utf8JsonWriter writer, object value, RecordTypeMetadata type)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(type);
        writer.WriteStartObject();
        foreach (var field in type.Fields)
        {
            writer.WritePropertyName(field.Key);
            WriteValue(writer, field.GetValue(value), field.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>One record as indented JSON text with '\n' line ends, as the export writes it.</summary>
    /// <param name="record">The record.</param>
    /// <param name="type">Its type's metadata.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(object record, RecordTypeMetadata type) => Text(writer => WriteObject(writer, record, type));

    /// <summary>This package's dataset as indented JSON text with '\n' line ends.</summary>
    /// <returns>The JSON text.</returns>
    public static string ToJson() => ToJson(Dataset.Metadata);

    /// <summary>Any generated dataset as indented JSON text with '\n' line ends.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Text(writer => WriteDataset(writer, dataset));
    }

    private static string Text(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, ValueMetadata shape)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        switch (shape.Kind)
        {
            case ValueKind.Object:
                WriteObject(writer, value, shape.Object!);
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value)
                {
                    WriteValue(writer, item, shape.Element!);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteScalar(writer, value, shape);
                break;
        }
    }

    // Numbers and booleans as JSON numbers and booleans, by the field's kind; every other scalar as its text.
    private static void WriteScalar(Utf8JsonWriter writer, object value, ValueMetadata shape)
    {
        switch (shape.Kind)
        {
            case ValueKind.Boolean:
                writer.WriteBooleanValue((bool)value);
                break;
            case ValueKind.Int32:
                writer.WriteNumberValue((int)value);
                break;
            case ValueKind.Int64:
                writer.WriteNumberValue((long)value);
                break;
            case ValueKind.Double:
                writer.WriteNumberValue((double)value);
                break;
            case ValueKind.Decimal:
                writer.WriteNumberValue((decimal)value);
                break;
            default:
                writer.WriteStringValue(ScalarText.Of(value, shape));
                break;
        }
    }
}

/// <summary>Reads and writes a <see cref="PartialDate"/> as its invariant text: <c>"2025-07-23"</c>.</summary>
public sealed class PartialDateJsonConverter : System.Text.Json.Serialization.JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("Expected a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
