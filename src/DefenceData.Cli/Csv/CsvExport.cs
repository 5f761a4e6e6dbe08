using System.Globalization;
using System.Text;
using CsvHelper;
using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>
/// Writes the dataset as CSV files for pandas, DuckDB or a spreadsheet, one table per collection
/// plus link tables, all deterministic (same data, same bytes):
/// <list type="bullet">
/// <item><c>&lt;collection&gt;.csv</c>: one row per record; scalar fields as columns (camelCase, as in YAML and JSON).</item>
/// <item><c>&lt;collection&gt;.&lt;field&gt;.csv</c>: one row per item of a list of objects (<c>people.roles.csv</c>), keyed by <c>recordId</c> and <c>path</c>.</item>
/// <item><c>lists.csv</c>: one row per item of a list of ids or texts (<c>participantIds</c>, <c>otherNames</c>).</item>
/// <item><c>citations.csv</c>: one row per citation, wherever it is in a record.</item>
/// </list>
/// Dates are ISO partial text (<c>2025</c>, <c>2025-07</c>, <c>2025-07-23</c>), enums kebab-case,
/// numbers invariant, unknown values empty cells. UTF-8 without BOM, '\n' line ends.
/// </summary>
internal static class CsvExport
{
    /// <summary>Builds every table of the dataset in memory, in the order of <see cref="CsvLayout.Tables()"/>.</summary>
    public static IReadOnlyList<CsvTable> Tables() => Tables(Dataset.Metadata);

    /// <summary>Builds every table of any generated dataset in memory, in the order of <see cref="CsvLayout.Tables()"/>.</summary>
    public static IReadOnlyList<CsvTable> Tables(DatasetMetadata dataset)
    {
        var tables = CsvLayout.Tables(dataset).Select(l => new CsvTable(l.Name, l.ColumnNames)).ToArray();
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var lists = byName[CsvLayout.ListsTable];
        var citations = byName[CsvLayout.CitationsTable];
        foreach (var metadata in dataset.Collections)
        {
            var collection = metadata.ExportName;
            var schema = CsvSchema.For(metadata.RecordType);
            var main = byName[collection];
            var nested = schema.ObjectLists().ToDictionary(l => l.Path, l => byName[collection + "." + l.Path], StringComparer.Ordinal);
            foreach (var record in metadata.Records)
            {
                var context = new RowContext(collection, record.Id, lists, citations, nested);
                var row = new List<string>();
                Flatten(schema, record, "", "", row, context);
                main.Rows.Add(row);
            }
        }

        return tables;
    }

    /// <summary>Writes every table to <c>&lt;directory&gt;/&lt;table&gt;.csv</c>, then their Data Package descriptor (<see cref="DataPackage"/>).</summary>
    /// <returns>The files written, in order.</returns>
    public static IReadOnlyList<string> Write(string directory)
    {
        var files = new List<string>();
        foreach (var table in Tables())
        {
            var path = Path.Combine(directory, table.Name + ".csv");
            using (var stream = File.Create(path))
            {
                WriteTable(table, stream);
            }

            files.Add(path);
        }

        var descriptor = Path.Combine(directory, DataPackage.FileName);
        using (var stream = File.Create(descriptor))
        {
            DataPackage.Write(CsvLayout.Tables(), stream);
        }

        files.Add(descriptor);
        return files;
    }

    /// <summary>Writes one table as RFC 4180 CSV in UTF-8 (no BOM) with '\n' line ends; cells are written exactly (no formula escaping).</summary>
    public static void WriteTable(CsvTable table, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.None, WriteByteOrderMark = false }, leaveOpen: true);
        csv.WriteHeader([.. table.Columns]);
        foreach (var row in table.Rows)
        {
            csv.WriteRecord([.. row]);
        }

        csv.Flush();
    }

    // Adds the object's scalar cells to the row (in the order of schema.TypedColumns()), and its lists
    // and citations to the link tables. path: where the object is in the record ("" or "roles[0].").
    private static void Flatten(CsvSchema schema, object? value, string columnPrefix, string path, List<string> row, RowContext context)
    {
        foreach (var field in schema.Fields)
        {
            var fieldValue = value is null ? null : field.Field.GetValue(value);
            var fieldPath = path + field.Name;
            switch (field.Kind)
            {
                case CsvFieldKind.Scalar:
                    row.Add(fieldValue is null ? "" : ScalarText.Of(fieldValue, field.Field.Value));
                    break;
                case CsvFieldKind.Object:
                    Flatten(field.Element!, fieldValue, columnPrefix + field.Name + ".", fieldPath + ".", row, context);
                    break;
                case CsvFieldKind.Citation when fieldValue is Citation citation:
                    context.Citations.Rows.Add([context.Collection, context.RecordId, fieldPath, citation.SourceId, citation.Quote]);
                    break;
                case CsvFieldKind.CitationList when fieldValue is IEnumerable<Citation> list:
                    foreach (var (citation, i) in list.Select((c, i) => (c, i)))
                    {
                        context.Citations.Rows.Add([context.Collection, context.RecordId, Indexed(fieldPath, i), citation.SourceId, citation.Quote]);
                    }

                    break;
                case CsvFieldKind.ScalarList when fieldValue is System.Collections.IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        context.Lists.Rows.Add([context.Collection, context.RecordId, Indexed(fieldPath, index), field.Name, index.ToString(CultureInfo.InvariantCulture),
                            item is null ? "" : ScalarText.Of(item, field.Field.Value.Element!)]);
                        index++;
                    }

                    break;
                case CsvFieldKind.ObjectList when fieldValue is System.Collections.IEnumerable objects:
                    var table = context.Nested[TablePath(fieldPath)];
                    var n = 0;
                    foreach (var item in objects)
                    {
                        var itemPath = Indexed(fieldPath, n++);
                        var nestedRow = new List<string> { context.RecordId, itemPath };
                        Flatten(field.Element!, item, "", itemPath + ".", nestedRow, context);
                        table.Rows.Add(nestedRow);
                    }

                    break;
            }
        }
    }

    private static string Indexed(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    // "roles[0].x" → "roles.x": the table of a nested list is named by its field path without indexes.
    private static string TablePath(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "");

    private sealed record RowContext(string Collection, string RecordId, CsvTable Lists, CsvTable Citations, IReadOnlyDictionary<string, CsvTable> Nested);
}

/// <summary>One CSV file: its name (without <c>.csv</c>), header and rows of cells.</summary>
internal sealed record CsvTable(string Name, IReadOnlyList<string> Columns)
{
    public List<IReadOnlyList<string>> Rows { get; } = [];
}
