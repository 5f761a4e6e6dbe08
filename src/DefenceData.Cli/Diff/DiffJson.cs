using System.Text.Encodings.Web;
using System.Text.Json;

namespace DefenceData.Cli.Diff;

/// <summary>
/// Renders a <see cref="DatasetDiff"/> as JSON for tools:
/// <c>{ "oldRecords", "newRecords", "added": [record…], "removed": [record…], "changed": [{ collection, id, label, changes: [{ path, change, old, new }] }] }</c>,
/// with values as JSON (not text) and <c>old</c>/<c>new</c> left out where a field was added or removed.
/// </summary>
internal static class DiffJson
{
    /// <summary>Writes the diff as indented UTF-8 JSON with '\n' line ends.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="stream">The stream to write to.</param>
    public static void Write(DatasetDiff diff, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("oldRecords", diff.OldRecords);
        writer.WriteNumber("newRecords", diff.NewRecords);
        WriteRecords(writer, "added", diff.Of(ChangeKind.Added));
        WriteRecords(writer, "removed", diff.Of(ChangeKind.Removed));
        WriteRecords(writer, "changed", diff.Of(ChangeKind.Changed));
        writer.WriteEndObject();
    }

    /// <summary>The diff as JSON text.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The text, ending in a newline.</returns>
    public static string ToJson(DatasetDiff diff)
    {
        using var stream = new MemoryStream();
        Write(diff, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRecords(Utf8JsonWriter writer, string name, IEnumerable<RecordChange> records)
    {
        writer.WriteStartArray(name);
        foreach (var record in records)
        {
            writer.WriteStartObject();
            writer.WriteString("collection", record.Collection);
            writer.WriteString("id", record.Id);
            writer.WriteString("label", record.Label);
            if (record.Record is not null)
            {
                writer.WritePropertyName("record");
                writer.WriteRawValue(record.Record);
            }

            if (record.Kind == ChangeKind.Changed)
            {
                WriteFields(writer, record.Fields);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<FieldChange> fields)
    {
        writer.WriteStartArray("changes");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString("path", field.Path);
            writer.WriteString("change", field.Kind.ToString().ToLowerInvariant());
            if (field.Old is not null)
            {
                writer.WritePropertyName("old");
                writer.WriteRawValue(field.Old);
            }

            if (field.New is not null)
            {
                writer.WritePropertyName("new");
                writer.WriteRawValue(field.New);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
