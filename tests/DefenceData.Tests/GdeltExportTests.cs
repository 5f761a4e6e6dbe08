using System.Globalization;
using System.Text.RegularExpressions;
using DefenceData.Cli;
using DefenceData.Cli.Gdelt;
using DuckDB.NET.Data;

namespace DefenceData.Tests;

/// <summary>
/// `export gdelt`: one tab-separated file with GDELT 2.0's event columns, loaded into DuckDB with
/// GDELT's names and types by the README's statement, and the README's queries giving the rows it shows.
/// </summary>
public sealed partial class GdeltExportTests : IDisposable
{
    // GDELT 2.0's event table (its event codebook; BigQuery's gdelt-bq.gdeltv2.events): 61 columns, in order, with their types.
    private static readonly string[] s_gdeltColumns = BuildGdeltColumns();

    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-gdelt-").FullName;

    public GdeltExportTests() => ExportCommand.RunToDirectory("gdelt", _directory, TextWriter.Null);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string[] BuildGdeltColumns()
    {
        var columns = new List<string> { "GLOBALEVENTID BIGINT", "SQLDATE BIGINT", "MonthYear BIGINT", "Year BIGINT", "FractionDate DOUBLE" };
        foreach (var actor in new[] { "Actor1", "Actor2" })
        {
            columns.AddRange(new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }.Select(f => actor + f + " VARCHAR"));
        }

        columns.AddRange(["IsRootEvent BIGINT", "EventCode VARCHAR", "EventBaseCode VARCHAR", "EventRootCode VARCHAR", "QuadClass BIGINT", "GoldsteinScale DOUBLE",
            "NumMentions BIGINT", "NumSources BIGINT", "NumArticles BIGINT", "AvgTone DOUBLE"]);
        foreach (var geo in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
        {
            columns.AddRange([geo + "_Type BIGINT", geo + "_FullName VARCHAR", geo + "_CountryCode VARCHAR", geo + "_ADM1Code VARCHAR", geo + "_ADM2Code VARCHAR",
                geo + "_Lat DOUBLE", geo + "_Long DOUBLE", geo + "_FeatureID VARCHAR"]);
        }

        columns.AddRange(["DATEADDED BIGINT", "SOURCEURL VARCHAR"]);
        Assert.Equal(61, columns.Count);
        return [.. columns];
    }

    [Fact]
    public void The_readme_load_gives_gdelts_61_columns_by_name_and_type_then_our_own()
    {
        var described = Query("DESCRIBE gdelt").Select(r => r[0] + " " + r[1]).ToList();
        Assert.Equal(s_gdeltColumns, described.Take(61));
        Assert.Equal(
            ["RecordId", "RecordType", "Date", "DatePrecision", "EndDate", "LatestDate", "EventDescription", "SourceIds", "Label"],
            described.Skip(61).Select(c => c.Split(' ')[0]));
        Assert.Equal(GdeltColumns.All.Select(c => c.Name + " " + c.Type), described);
    }

    [Fact]
    public void Every_event_and_statement_is_one_row_with_its_code_and_the_codebooks_meaning()
    {
        var rows = Query("SELECT RecordId, RecordType, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, EventDescription FROM gdelt ORDER BY RecordType, RecordId");
        var expected = Events.All.Select(e => (e.Id, "event", e.Cameo!))
            .Concat(Statements.All.Select(s => (s.Id, "statement", s.Cameo!)))
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new[] { r.Id, r.Item2, r.Item3.Code, r.Item3.BaseCode, r.Item3.RootCode, ((int)r.Item3.QuadClass).ToString(CultureInfo.InvariantCulture),
                r.Item3.GoldsteinScale.ToString(CultureInfo.InvariantCulture), r.Item3.Description });
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Globaleventid_is_the_stable_hash_of_collection_and_id_and_unique()
    {
        var ids = Query("SELECT GLOBALEVENTID, RecordType, RecordId FROM gdelt");
        Assert.Equal(ids.Count, ids.Select(r => r[0]).Distinct().Count());
        Assert.All(ids, r => Assert.Equal(GdeltExport.GlobalEventId(r[1] == "event" ? "events" : "statements", r[2]!).ToString(CultureInfo.InvariantCulture), r[0]));
        // Pinned: the number a record gets does not change from build to build.
        Assert.Equal(666405905779718, GdeltExport.GlobalEventId("events", "mou-signing-2025-11-04"));
    }

    [Fact]
    public void Actors_are_filled_only_where_a_record_says_who_acted()
    {
        Assert.Equal([["IND", "India", "IND", "ISR", "Israel", "ISR"]],
            Query("SELECT Actor1Code, Actor1Name, Actor1CountryCode, Actor2Code, Actor2Name, Actor2CountryCode FROM gdelt WHERE RecordId = 'mou-signing-2025-11-04'"));
        Assert.Equal([["IND", "Rajesh Kumar Singh", "IND", null]],
            Query("SELECT Actor1Code, Actor1Name, Actor1CountryCode, Actor2Code FROM gdelt WHERE RecordId = 'singh-calls-for-hostage-release'"));
        Assert.Equal([[null, null]], Query("SELECT Actor1Code, Actor1Name FROM gdelt WHERE RecordId = 'pahalgam-attack-2025-04-22'"));
        Assert.Equal([["0"]], Query("SELECT count(*) FROM gdelt WHERE Actor1Type1Code IS NOT NULL OR AvgTone IS NOT NULL OR ActionGeo_Type IS NOT NULL OR DATEADDED IS NOT NULL OR SOURCEURL IS NOT NULL OR IsRootEvent IS NOT NULL"));
    }

    [Fact]
    public void Dates_are_filled_as_far_as_they_are_known()
    {
        Assert.Equal([["20250722", "202507", "2025", "2025.5534"]], Query("SELECT SQLDATE, MonthYear, Year, FractionDate FROM gdelt WHERE RecordId = 'baram-visit-india-2025-07-22'"));
        // One day of 4 or 5 November, not known which: the month is known, the day is not.
        Assert.Equal([[null, "202511", "2025"]], Query("SELECT SQLDATE, MonthYear, Year FROM gdelt WHERE RecordId = 'mou-signing-2025-11-04'"));
        Assert.Equal([[null, null, "1992", "year"]], Query("SELECT SQLDATE, MonthYear, Year, DatePrecision FROM gdelt WHERE RecordId = 'india-israel-diplomatic-relations-1992'"));
    }

    [Fact]
    public void The_readme_queries_give_the_rows_it_shows_and_the_models_counts()
    {
        var (byRootAndMonth, byQuadClass) = (Query(ReadmeSql()[1]), Query(ReadmeSql()[2]));

        var coded = Events.All.Select(e => (e.Cameo!, Month(e.Date, e.LatestDate))).Concat(Statements.All.Select(s => (s.Cameo!, Month(s.Date, s.LatestDate)))).ToList();
        Assert.Equal(
            coded.GroupBy(c => (c.Item1.RootCode, c.Item2)).OrderBy(g => g.Key.RootCode, StringComparer.Ordinal).ThenBy(g => g.Key.Item2 ?? 0)
                .Select(g => new[] { g.Key.RootCode, g.Key.Item2?.ToString(CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture), Round(g.Average(c => c.Item1.GoldsteinScale)) }),
            byRootAndMonth);
        Assert.Equal(
            coded.GroupBy(c => c.Item1.QuadClass).OrderBy(g => g.Key)
                .Select(g => new[] { ((int)g.Key).ToString(CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture), Round(g.Average(c => c.Item1.GoldsteinScale)) }),
            byQuadClass);

        var shown = ReadmeResults();
        Assert.Equal(Format(byRootAndMonth), shown[0]);
        Assert.Equal(Format(byQuadClass), shown[1]);
    }

    private static int? Month(PartialDate? date, PartialDate? latest) =>
        date is { Month: { } month } d && (latest is null || (latest.Value.Year == d.Year && latest.Value.Month == month)) ? d.Year * 100 + month : null;

    private static string Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    /// <summary>Rows as the README shows them: one a line, cells separated by " | ", NULL for an empty cell.</summary>
    public static string Format(IEnumerable<string?[]> rows) => string.Join("\n", rows.Select(r => string.Join(" | ", r.Select(c => c ?? "NULL"))));

    private List<string?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var load = connection.CreateCommand())
        {
            load.CommandText = ReadmeSql()[0].Replace("'out/", $"'{_directory}/", StringComparison.Ordinal);
            load.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    // The README's GDELT section: its three SQL blocks (the load and the two queries) and the two result blocks after them.
    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("### GDELT-shaped events", StringComparison.Ordinal);
        return readme[start..readme.IndexOf("\n## ", start, StringComparison.Ordinal)];
    }

    private static string[] ReadmeSql() => [.. SqlBlock().Matches(Section()).Select(m => m.Groups[1].Value)];

    private static string[] ReadmeResults() => [.. TextBlock().Matches(Section()).Select(m => m.Groups[1].Value.TrimEnd('\n'))];

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [GeneratedRegex("```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
