using System.Diagnostics;
using System.Text.Json;
using DefenceData.Cli;
using DefenceData.Cli.Csv;

namespace DefenceData.Tests;

/// <summary>
/// `export csv` writes a Frictionless Data Package descriptor beside the tables, checked here by the
/// Frictionless JavaScript library itself (tests/frictionless: `npm ci` there installs it; .ci/run does).
/// </summary>
public sealed class DataPackageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-dp-").FullName;

    public DataPackageTests() => ExportCommand.RunToDirectory("csv", _directory, TextWriter.Null);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_descriptor_lists_one_resource_per_csv_file_in_the_order_they_are_written()
    {
        var descriptor = Descriptor();
        Assert.Equal(
            CsvExport.Tables().Select(t => t.Name + ".csv"),
            descriptor.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Equal(
            Directory.EnumerateFiles(_directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            descriptor.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Field_names_are_the_csv_header_of_each_table()
    {
        foreach (var resource in Descriptor().GetProperty("resources").EnumerateArray())
        {
            var header = File.ReadLines(Path.Combine(_directory, resource.GetProperty("path").GetString()!)).First();
            Assert.Equal(header, string.Join(',', resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())));
        }
    }

    [Theory]
    [InlineData("events", "cameoCode", "string")]
    [InlineData("events", "ordinal", "integer")]
    [InlineData("events", "date", "string")]
    [InlineData("events.figures", "value", "integer")]
    [InlineData("lists", "index", "integer")]
    [InlineData("statements", "cameoCode", "string")]
    public void Fields_are_typed_by_the_record_property(string resource, string field, string type) =>
        Assert.Equal(type, Field(resource, field).GetProperty("type").GetString());

    [Fact]
    public void Partial_dates_are_text_constrained_to_real_calendar_days_as_the_json_schema_is()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^(?:" + Field("events", "date").GetProperty("constraints").GetProperty("pattern").GetString() + ")$");
        Assert.Equal(Events.Metadata.RecordType.Field("date")!.Value.Pattern, "^" + Field("events", "date").GetProperty("constraints").GetProperty("pattern").GetString() + "$");
        Assert.All(["2025", "2025-07", "2025-07-23", "2024-02-29"], date => Assert.Matches(pattern, date));
        Assert.All(["2025-13", "2025-02-30", "2025-02-29", "25-07", "2025-7-23"], date => Assert.DoesNotMatch(pattern, date));
    }

    [Fact]
    public void Enums_list_their_kebab_case_values() =>
        Assert.Contains("working-group-meeting", Field("events", "type").GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));

    [Fact]
    public void Required_properties_are_required_fields_and_optional_ones_are_not()
    {
        Assert.True(Field("events", "title").GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.False(Field("events", "cameoCode").GetProperty("constraints").GetProperty("required").GetBoolean());
    }

    [Fact]
    public void Primary_keys_are_the_id_or_the_record_and_path()
    {
        Assert.Equal(["id"], PrimaryKey("people"));
        Assert.Equal(["recordId", "path"], PrimaryKey("people.roles"));
        Assert.Equal(["collection", "recordId", "path"], PrimaryKey("citations"));
    }

    [Fact]
    public void Link_tables_have_foreign_keys_to_the_records_they_belong_to_and_refer_to()
    {
        Assert.Contains(("recordId", "people", "id"), ForeignKeys("people.roles"));
        Assert.Contains(("organisationId", "organisations", "id"), ForeignKeys("people.roles"));
        Assert.Contains(("recordId", "events", "id"), ForeignKeys("events.figures"));
        Assert.Contains(("sourceId", "sources", "id"), ForeignKeys("citations"));
        Assert.Contains(("countryId", "countries", "id"), ForeignKeys("people"));
        Assert.Contains(("speakerId", "people", "id"), ForeignKeys("statements"));
    }

    [Fact]
    public void Resource_names_are_lower_case_as_the_data_package_spec_requires() =>
        Assert.Contains("weapon-systems", Descriptor().GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()));

    [SkippableFact]
    public void The_frictionless_library_finds_the_package_valid_and_reads_every_row_by_its_schema()
    {
        var result = Frictionless();
        Assert.True(result.GetProperty("valid").GetBoolean(), string.Join("\n", result.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
        foreach (var table in CsvExport.Tables())
        {
            Assert.Equal(table.Rows.Count, result.GetProperty("rows").GetProperty(CsvLayout.ResourceName(table.Name)).GetInt32());
        }
    }

    [SkippableFact]
    public void The_frictionless_library_reads_cameo_codes_as_text_keeping_their_leading_zero()
    {
        var events = Frictionless().GetProperty("values").GetProperty("events").EnumerateArray();
        var visit = events.Single(e => e.GetProperty("id").GetString() == "baram-visit-india-2025-07-22");
        Assert.Equal(JsonValueKind.String, visit.GetProperty("cameoCode").ValueKind);
        Assert.Equal(Events.Get("baram-visit-india-2025-07-22").CameoCode, visit.GetProperty("cameoCode").GetString());
        Assert.StartsWith("0", visit.GetProperty("cameoCode").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_frictionless_library_refuses_a_table_that_breaks_its_schema()
    {
        var path = Path.Combine(_directory, "events.figures.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("pahalgam-attack-2025-04-22", "no-such-event", StringComparison.Ordinal));
        var result = Frictionless();
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Contains(result.GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("events.figures:", StringComparison.Ordinal));
    }

    private JsonElement Descriptor() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory, DataPackage.FileName))).RootElement;

    private JsonElement Resource(string name) => Descriptor().GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private JsonElement Field(string resource, string field) =>
        Resource(resource).GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field);

    private string[] PrimaryKey(string resource) =>
        Resource(resource).GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToArray();

    private (string, string, string)[] ForeignKeys(string resource) =>
        Resource(resource).GetProperty("schema").GetProperty("foreignKeys").EnumerateArray()
            .Select(k => (k.GetProperty("fields").GetString()!, k.GetProperty("reference").GetProperty("resource").GetString()!, k.GetProperty("reference").GetProperty("fields").GetString()!))
            .ToArray();

    // Runs tests/frictionless/validate.js with node. Without node or its node_modules the test is
    // skipped with the command that installs them, except under CI=true, where that is a failure.
    private JsonElement Frictionless()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "frictionless");
        var missing = !OnPath("node") ? "node is not installed (apt-get install -y nodejs npm), nor the Frictionless library"
            : !File.Exists(Path.Combine(folder, "node_modules", "datapackage", "package.json")) ? $"the Frictionless library is not installed: run 'npm ci --prefix {folder}'"
            : null;
        if (missing is not null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(missing + " (.ci/run does this)");
        }

        Skip.If(missing is not null, missing);
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "validate.js"), Path.Combine(_directory, DataPackage.FileName)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("validate.js did not finish in 2 minutes");
        }

        process.WaitForExit();
        var text = stdout.Result.Trim();
        Assert.True(text.Length > 0, "validate.js printed nothing: " + stderr.Result);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DefenceData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DefenceData.sln not found above " + AppContext.BaseDirectory);
    }
}
