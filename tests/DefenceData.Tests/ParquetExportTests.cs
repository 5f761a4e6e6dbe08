using System.Text.RegularExpressions;
using DefenceData.Cli;
using DuckDB.NET.Data;

namespace DefenceData.Tests;

/// <summary>`export parquet`: the CSV export's tables, typed, read by DuckDB with the same results as the CSV files.</summary>
public sealed partial class ParquetExportTests : IDisposable
{
    private readonly string _csv = Directory.CreateTempSubdirectory("defencedata-csv-").FullName;
    private readonly string _parquet = Directory.CreateTempSubdirectory("defencedata-parquet-").FullName;

    public ParquetExportTests()
    {
        ExportCommand.RunToDirectory("csv", _csv, TextWriter.Null);
        ExportCommand.RunToDirectory("parquet", _parquet, TextWriter.Null);
    }

    public void Dispose()
    {
        Directory.Delete(_csv, recursive: true);
        Directory.Delete(_parquet, recursive: true);
    }

    [Fact]
    public void Export_parquet_writes_one_file_per_csv_table()
    {
        Assert.Equal(
            Directory.EnumerateFiles(_csv, "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(_parquet, "*.parquet").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_join_query_gives_the_same_rows_over_csv_and_parquet()
    {
        var csvRows = Query(ReadmeQuery().Replace("'out/", $"'{_csv}/", StringComparison.Ordinal));
        var parquetRows = Query(ReadmeQuery().Replace("'out/", $"'{_parquet}/", StringComparison.Ordinal).Replace(".csv'", ".parquet'", StringComparison.Ordinal));
        Assert.NotEmpty(csvRows);
        Assert.Equal(csvRows, parquetRows);
        Assert.Contains(csvRows, r => r[1] == Events.Get("singh-baram-meeting-2025-07-23").Title && r[2] == "Amir Baram");
    }

    [Fact]
    public void The_readme_parquet_example_runs_as_written_over_the_export()
    {
        var rows = Query(ReadmeParquetQuery().Replace("'out/", $"'{_parquet}/", StringComparison.Ordinal));
        Assert.NotEmpty(rows);
    }

    [Fact]
    public void Every_table_holds_the_same_rows_in_both_formats()
    {
        foreach (var file in Directory.EnumerateFiles(_csv, "*.csv"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var fromCsv = Query($"SELECT * FROM read_csv('{file}', all_varchar = true)").Select(Joined).Order(StringComparer.Ordinal);
            var fromParquet = Query($"SELECT * FROM '{Path.Combine(_parquet, name + ".parquet")}'").Select(Joined).Order(StringComparer.Ordinal);
            Assert.Equal(fromCsv, fromParquet);
        }
    }

    [Theory]
    [InlineData("events", "cameoCode", "VARCHAR")]
    [InlineData("events", "ordinal", "INTEGER")]
    [InlineData("events.figures", "value", "BIGINT")]
    [InlineData("lists", "index", "INTEGER")]
    [InlineData("events", "date", "VARCHAR")]
    public void Parquet_columns_are_typed_by_the_record_property(string table, string column, string type)
    {
        var rows = Query($"SELECT column_type FROM (DESCRIBE SELECT * FROM '{Path.Combine(_parquet, table + ".parquet")}') WHERE column_name = '{column}'");
        Assert.Equal(type, Assert.Single(rows)[0]);
    }

    [Fact]
    public void Cameo_codes_keep_their_leading_zero_in_parquet()
    {
        var rows = Query($"SELECT cameoCode FROM '{Path.Combine(_parquet, "events.parquet")}' WHERE id = 'baram-visit-india-2025-07-22'");
        Assert.Equal(Events.Get("baram-visit-india-2025-07-22").CameoCode, Assert.Single(rows)[0]);
    }

    [Fact]
    public void Export_parquet_without_a_directory_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CliApp.Run(["export", "parquet"], new CliIo(TextWriter.Null, error, () => new MemoryStream())));
        Assert.Contains("--output", error.ToString(), StringComparison.Ordinal);
    }

    private static List<string?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    // The SQL blocks of the README, so the documented queries are the ones tested.
    private static string ReadmeQuery() => ReadmeSql().First(q => q.Contains("'out/lists.csv'", StringComparison.Ordinal));

    private static string ReadmeParquetQuery() => ReadmeSql().First(q => q.Contains(".parquet'", StringComparison.Ordinal));

    private static IEnumerable<string> ReadmeSql()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return SqlBlock().Matches(File.ReadAllText(Path.Combine(directory.FullName, "README.md"))).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex("```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    private static string Joined(string?[] row) => string.Join("\u241F", row.Select(c => c ?? "\u2400"));
}
