using System.Text.Json;
using System.Text.Json.Nodes;
using DefenceData.Cli;
using DefenceData.Testing;
using Json.Schema;

namespace DefenceData.Tests;

/// <summary>
/// The JSON Schemas the <c>schema</c> command writes (generated from the record types): valid draft
/// 2020-12, every data file valid against its collection's, kept current in <c>schemas/</c> and mapped
/// to their folders in <c>.vscode/settings.json</c>. Validated with JsonSchema.Net 8.0.5.
/// </summary>
public sealed class SchemaFileTests
{
    private static readonly string s_root = Path.GetFullPath(Path.Combine(
        typeof(SchemaFileTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "ProjectDirectory").Value!, "..", ".."));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_written = new(WriteSchemas);

    public static TheoryData<string> Folders() => new(DataSchemas.Files.Select(f => f.Folder));

    [Fact]
    public void Schema_command_writes_one_schema_per_collection()
    {
        Assert.Equal(DataFiles.Collections.Select(c => c.Folder + ".schema.json").Order(StringComparer.Ordinal), s_written.Value.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("people.schema.json", s_written.Value.Keys);
        Assert.Contains("weapon-systems.schema.json", s_written.Value.Keys);
    }

    [Fact]
    public void Committed_schemas_are_those_the_record_types_and_ids_give_now()
    {
        var committed = Directory.EnumerateFiles(Path.Combine(s_root, "schemas"))
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
        Assert.Equal(s_written.Value.Keys.Order(StringComparer.Ordinal), committed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in s_written.Value)
        {
            Assert.True(committed[name] == text,
                $"schemas/{name} is out of date: run `dotnet run --project src/DefenceData.Cli -- schema -o schemas` and commit the result.");
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Schema_is_valid_draft_2020_12(string folder)
    {
        using var document = JsonDocument.Parse(Written(folder));
        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_data_file_of_the_collection_is_valid_against_its_schema(string folder)
    {
        var schema = JsonSchema.FromText(Written(folder));
        var files = Directory.EnumerateFiles(Path.Combine(s_root, "data", folder), "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var instance = JsonDocument.Parse(YamlJson.Convert(File.ReadAllText(file))!.ToJsonString());
            var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file + ": " + Describe(result));
        }
    }

    [Fact]
    public void Schema_offers_the_existing_ids_of_a_referenced_collection()
    {
        var events = JsonNode.Parse(Written("events"))!;
        var personIds = events["$defs"]!["PersonId"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(DataFiles.Collections.Single(c => c.ExportName == "people").Ids, personIds);
        Assert.Equal("#/$defs/PersonId", events["$defs"]!["Event"]!["properties"]!["participantIds"]!["items"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Schema_describes_keys_with_their_XML_documentation()
    {
        var people = JsonNode.Parse(Written("people"))!;
        Assert.Equal("The full name as the articles give it.", people["$defs"]!["Person"]!["properties"]!["name"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void VS_Code_settings_map_each_schema_to_its_collection_folder()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(s_root, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        var expected = DataSchemas.Files.ToDictionary(f => "./schemas/" + f.FileName, f => $"data/{f.Folder}/**/*.yaml");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), settings.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (file, glob) in expected)
        {
            Assert.Contains(glob, settings[file]!.AsArray().Select(n => n!.GetValue<string>()));
        }
    }

    private static string Written(string folder) => s_written.Value[DataSchemas.Files.Single(f => f.Folder == folder).FileName];

    private static IReadOnlyDictionary<string, string> WriteSchemas()
    {
        var directory = Path.Combine(Path.GetTempPath(), "defencedata-schemas-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, SchemaCommand.Run(directory, TextWriter.Null, TextWriter.Null));
            return Directory.EnumerateFiles(directory).ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
