using System.Text;
using DefenceData.Cli;
using DefenceData.Cli.Csv;
using DefenceData.Testing;

namespace DefenceData.Tests;

/// <summary>`export csv`: one table per collection, link tables for lists and citations, deterministic bytes.</summary>
public sealed class CsvExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-csv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Export_csv_writes_one_file_per_collection_then_nested_and_link_tables()
    {
        var output = new StringWriter();
        Assert.Equal(0, ExportCommand.RunToDirectory("csv", _directory, output));
        var tables = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal(Dataset.Collections.Select(c => c.Key), tables.Where(t => !t!.Contains('.', StringComparison.Ordinal)).SkipLast(3));
        Assert.Equal(["lists", "citations", "datapackage"], tables.TakeLast(3));
        Assert.Equal(["people", "people.roles"], tables.SkipWhile(t => t != "people").Take(2));
        Assert.Equal(["events", "events.figures"], tables.SkipWhile(t => t != "events").Take(2));
    }

    [Fact]
    public void A_collection_table_has_scalar_columns_with_iso_partial_dates_and_kebab_case_enums()
    {
        var events = Table("events");
        Assert.Equal(["id", "title", "type", "cameoCode", "ordinal", "date", "endDate", "latestDate", "dateDerivation", "cameoDescription", "cameoQuadClass", "cameoGoldsteinScale"], events.Columns);
        var meeting = Row(events, "singh-baram-meeting-2025-07-23");
        Assert.Equal("2025-07-23", Cell(events, meeting, "date"));
        Assert.Equal("meeting", Cell(events, meeting, "type"));
        Assert.Equal("", Cell(events, meeting, "endDate"));
    }

    [Fact]
    public void A_cameo_code_s_meaning_is_in_derived_columns_after_the_data_s()
    {
        var events = Table("events");
        var meeting = Row(events, "singh-baram-meeting-2025-07-23");
        var entry = CameoCodebook.Find(Cell(events, meeting, "cameoCode"))!;
        Assert.Equal(entry.Description, Cell(events, meeting, "cameoDescription"));
        Assert.DoesNotContain("cameoDescription", Export.DatasetJson.ToJson(), StringComparison.Ordinal); // not data: the JSON export leaves it out
        Assert.Equal(entry.GoldsteinScale.ToString("R", System.Globalization.CultureInfo.InvariantCulture), Cell(events, meeting, "cameoGoldsteinScale"));
        Assert.Equal(Events.Metadata.RecordType.DerivedFields.Single(f => f.Key == "cameoQuadClass").Value.Enum!.TextOf(entry.QuadClass), Cell(events, meeting, "cameoQuadClass"));
    }

    [Fact]
    public void Lists_of_ids_are_rows_of_the_lists_table_in_their_order()
    {
        var lists = Table("lists");
        var participants = lists.Rows
            .Where(r => r[0] == "events" && r[1] == "mou-signing-2025-11-04" && r[3] == "participantIds")
            .Select(r => (r[2], r[4], r[5]));
        Assert.Equal(Events.Get("mou-signing-2025-11-04").ParticipantIds.Select((id, i) => ($"participantIds[{i}]", i.ToString(), id)), participants);
    }

    [Fact]
    public void Lists_of_objects_get_their_own_table_keyed_by_record_id_and_path()
    {
        var roles = Table("people.roles");
        Assert.Equal(["recordId", "path", "title", "rank", "organisationId", "asOf"], roles.Columns);
        var baram = roles.Rows.Where(r => r[0] == "amir-baram").ToArray();
        Assert.Equal(People.AmirBaram.Roles.Count, baram.Length);
        Assert.Equal(["amir-baram", "roles[0]", People.AmirBaram.Roles[0].Title, People.AmirBaram.Roles[0].Rank ?? "", People.AmirBaram.Roles[0].OrganisationId ?? "", People.AmirBaram.Roles[0].AsOf?.ToString() ?? ""], baram[0]);
    }

    [Fact]
    public void Every_citation_nested_ones_included_is_one_row_of_the_citations_table()
    {
        var citations = Table("citations");
        Assert.Equal(["collection", "recordId", "path", "sourceId", "quote"], citations.Columns);
        Assert.Equal(
            Fixtures.CitationSamples.Select(c => new[] { c.Collection, c.RecordId, c.Path, c.Citation.SourceId, c.Citation.Quote }),
            citations.Rows);
        Assert.Contains(citations.Rows, r => r[2].StartsWith("roles[", StringComparison.Ordinal) && r[2].Contains("].citations[", StringComparison.Ordinal));

        // The same citations as the YAML files hold them, found by walking the files themselves.
        Assert.Equal(
            DataFiles.Citations.Select(c => string.Join('\u241F', c.Collection, c.RecordId, c.Path, c.SourceId, c.Quote)).Order(StringComparer.Ordinal),
            citations.Rows.Select(r => string.Join('\u241F', r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Claims_are_rows_of_their_own_table_and_their_quotes_rows_of_the_citations_table()
    {
        var claims = Table("events.summary");
        Assert.Equal(["recordId", "path", "text"], claims.Columns);
        var visit = Events.Get("baram-visit-india-2025-07-22");
        Assert.Equal(visit.Summary.Select(c => c.Text), claims.Rows.Where(r => r[0] == visit.Id).Select(r => r[2]));
        var quotes = Table("citations").Rows.Where(r => r[1] == visit.Id && r[2].StartsWith("summary[0].citations[", StringComparison.Ordinal)).Select(r => r[4]);
        Assert.Equal(visit.Summary[0].Citations.Select(c => c.Quote), quotes);
    }

    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_as_rfc_4180_says()
    {
        var table = new CsvTable("t", ["a", "b"]);
        table.Rows.Add(["plain", "with, comma and \"quotes\"\nand a line"]);
        using var stream = new MemoryStream();
        CsvExport.WriteTable(table, stream);
        Assert.Equal("a,b\nplain,\"with, comma and \"\"quotes\"\"\nand a line\"\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Cultures.Unusual), MemberType = typeof(Cultures))]
    public void The_export_is_the_same_utf8_without_bom_and_lf_line_ends_in_any_culture(string culture)
    {
        var second = Directory.CreateTempSubdirectory("defencedata-csv-").FullName;
        try
        {
            var first = Cultures.In("", () => CsvExport.Write(_directory));
            var again = Cultures.In(culture, () => CsvExport.Write(second));
            Assert.Equal(first.Select(Path.GetFileName), again.Select(Path.GetFileName));
            foreach (var (a, b) in first.Zip(again))
            {
                var bytes = File.ReadAllBytes(a);
                Assert.Equal(bytes, File.ReadAllBytes(b));
                Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), a);
                Assert.DoesNotContain((byte)'\r', bytes);
            }
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Export_json_into_a_directory_writes_the_same_json_as_to_stdout()
    {
        Assert.Equal(0, ExportCommand.RunToDirectory("json", _directory, TextWriter.Null));
        Assert.Equal(DefenceData.Export.DatasetJson.ToJson() + "\n", File.ReadAllText(Path.Combine(_directory, "dataset.json")));
    }

    private static CsvTable Table(string name) => CsvExport.Tables().Single(t => t.Name == name);

    private static string Cell(CsvTable table, IReadOnlyList<string> row, string column) =>
        row[table.Columns.ToList().IndexOf(column)];

    private static IReadOnlyList<string> Row(CsvTable table, string id) => table.Rows.Single(r => r[0] == id);
}
