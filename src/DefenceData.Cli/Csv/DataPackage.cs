using System.Text.Encodings.Web;
using System.Text.Json;
using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>
/// Writes <c>datapackage.json</c>, the Frictionless Data Package descriptor of the CSV export: one
/// tabular resource per file with its Table Schema (field types, required fields, enum values, the
/// pattern of partial dates), primary key and foreign keys, all read from <see cref="CsvLayout"/>.
/// </summary>
internal static class DataPackage
{
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the descriptor of the given tables, whose files are <c>&lt;name&gt;.csv</c> beside it.</summary>
    public static void Write(IReadOnlyList<CsvTableLayout> tables, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, s_options);
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", "defencedata");
        json.WriteString("title", "DefenceData: India–Israel defence cooperation (July and November 2025)");
        json.WriteString("version", DatasetInfo.Version);
        json.WriteString("description", "Every record and fact with its citations: a source and a verbatim quote from its article. Lists of ids or texts are rows of lists.csv, citations rows of citations.csv.");
        json.WriteStartArray("resources");
        foreach (var table in tables)
        {
            WriteResource(json, table);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteResource(Utf8JsonWriter json, CsvTableLayout table)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", CsvLayout.ResourceName(table.Name));
        json.WriteString("path", table.Name + ".csv");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        WriteDialect(json);
        if (table.Kind == CsvTableKind.Lists)
        {
            json.WriteString("description", "recordId is the id of a record of the collection named in collection; value, for a field ending in Id or Ids, the id of a record of the collection that field refers to.");
        }

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            WriteField(json, column);
        }

        json.WriteEndArray();
        WriteNames(json, "primaryKey", table.PrimaryKey);
        WriteForeignKeys(json, table.ForeignKeys.ToArray());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Left out when there are none: the profile requires at least one key in a foreignKeys array.
    private static void WriteForeignKeys(Utf8JsonWriter json, CsvForeignKey[] keys)
    {
        if (keys.Length == 0)
        {
            return;
        }

        json.WriteStartArray("foreignKeys");
        foreach (var key in keys)
        {
            json.WriteStartObject();
            json.WriteString("fields", key.Column);
            json.WriteStartObject("reference");
            json.WriteString("resource", CsvLayout.ResourceName(key.Table));
            json.WriteString("fields", key.TableColumn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Stated rather than left to readers to sniff: a sniffer can take a table whose text is full of commas for another delimiter.
    private static void WriteDialect(Utf8JsonWriter json)
    {
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, CsvColumn column)
    {
        json.WriteStartObject();
        json.WriteString("name", column.Name);
        json.WriteString("type", ColumnTypes.TableSchemaType(column.Kind));
        if (column.Kind == ValueKind.Date)
        {
            json.WriteString("description", "A date known to the year, month or day: yyyy, yyyy-MM or yyyy-MM-dd.");
        }

        json.WriteStartObject("constraints");
        json.WriteBoolean("required", column.Required);
        if (column.Value.Pattern is { } pattern)
        {
            json.WriteString("pattern", TableSchemaPattern(pattern));
        }

        if (column.Kind == ValueKind.Enum)
        {
            WriteNames(json, "enum", column.EnumValues);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Table Schema patterns are implicitly anchored (XML Schema regular expressions); the metadata's are anchored with ^…$.
    private static string TableSchemaPattern(string anchored) => anchored.TrimStart('^').TrimEnd('$');

    private static void WriteNames(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
