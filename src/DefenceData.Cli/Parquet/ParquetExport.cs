using System.Globalization;
using DefenceData.Cli.Csv;
using Parquet;
using Parquet.Schema;

namespace DefenceData.Cli.Parquet;

/// <summary>
/// Writes the same tables as the CSV export (<see cref="CsvLayout"/>, <see cref="CsvExport.Tables"/>)
/// as Parquet files, one per table, typed by the layout: whole numbers as INT32/INT64, numbers as
/// DOUBLE, booleans, everything else (ids, codes such as <c>cameoCode</c>,
/// partial dates, enums) as UTF-8 strings; an unknown value is null.
/// </summary>
internal static class ParquetExport
{
    /// <summary>Writes every table to <c>&lt;directory&gt;/&lt;table&gt;.parquet</c>.</summary>
    /// <returns>The files written, in order.</returns>
    public static IReadOnlyList<string> Write(string directory)
    {
        var layouts = CsvLayout.Tables();
        var tables = CsvExport.Tables();
        var files = new List<string>();
        foreach (var (layout, table) in layouts.Zip(tables))
        {
            var path = Path.Combine(directory, layout.Name + ".parquet");
            using (var stream = File.Create(path))
            {
                WriteTable(layout, table, stream).GetAwaiter().GetResult();
            }

            files.Add(path);
        }

        return files;
    }

    private static async Task WriteTable(CsvTableLayout layout, CsvTable table, Stream stream)
    {
        var fields = layout.Columns.Select(c => new DataField(c.Name, ClrType(c), isNullable: !c.Required)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var cells = table.Rows.Select(r => r[i]).ToArray();
            await WriteColumn(group, fields[i], layout.Columns[i], cells);
        }
    }

    private static Type ClrType(CsvColumn column) => ColumnTypes.ParquetType(column.Kind);

    // The cells are the CSV export's own text, read back by the column's kind, so both exports hold the same values.
    private static Task WriteColumn(ParquetRowGroupWriter group, DataField field, CsvColumn column, string[] cells)
    {
        var type = ClrType(column);
        return type == typeof(int) ? Write(group, field, column, cells, c => int.Parse(c, CultureInfo.InvariantCulture))
            : type == typeof(long) ? Write(group, field, column, cells, c => long.Parse(c, CultureInfo.InvariantCulture))
            : type == typeof(double) ? Write(group, field, column, cells, c => double.Parse(c, CultureInfo.InvariantCulture))
            : type == typeof(bool) ? Write(group, field, column, cells, c => c == "true")
            : group.WriteAsync(field, cells.Select(c => c.Length == 0 && !column.Required ? null : c).ToArray());
    }

    private static Task Write<T>(ParquetRowGroupWriter group, DataField field, CsvColumn column, string[] cells, Func<string, T> parse)
        where T : struct =>
        column.Required
            ? group.WriteAsync<T>(field, cells.Select(parse).ToArray().AsMemory())
            : group.WriteAsync<T>(field, cells.Select(c => c.Length == 0 ? (T?)null : parse(c)).ToArray().AsMemory());
}
