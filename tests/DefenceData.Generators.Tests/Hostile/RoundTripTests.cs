using System.Reflection;
using System.Text;
using System.Text.Json;
using DefenceData.Annotations;
using DefenceData.Export;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// Nothing is lost between the data and the package: the real dataset exported as JSON, written
/// back as YAML files (one record per file, each a JSON flow mapping, which is YAML), and compiled
/// by the generator over the real model gives the same dataset, record for record.
/// </summary>
public sealed class RoundTripTests
{
    private const string Root = "/roundtrip/data";

    // A record written back as one line of JSON (a YAML flow mapping), its text as the export writes it.
    private static readonly JsonSerializerOptions s_flow = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each collection of the package by its export name: its folder and its class in the rebuilt
    // fixture (namespace RealData), read from the [DataCollection] attributes, not kept by hand.
    private static readonly Dictionary<string, (string Folder, string Class)> s_collections = typeof(Dataset).Assembly.GetTypes()
        .Select(t => (Type: t, Attribute: t.GetCustomAttribute<DataCollectionAttribute>()))
        .Where(c => c.Attribute is not null)
        .ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Type.Name), c => (c.Attribute!.Folder, "RealData." + c.Type.Name), StringComparer.Ordinal);

    [Fact]
    public void Exported_JSON_written_back_as_YAML_builds_the_same_dataset()
    {
        using var export = JsonDocument.Parse(DatasetJson.ToJson());
        var files = new List<AdditionalText>();
        foreach (var collection in export.RootElement.EnumerateObject())
        {
            var folder = s_collections[collection.Name].Folder;
            foreach (var record in collection.Value.EnumerateArray())
            {
                var yaml = "# Written back from the JSON export.\n" + JsonSerializer.Serialize(record, s_flow) + "\n";
                files.Add(new InMemoryText($"{Root}/{folder}/{record.GetProperty("id").GetString()}.yaml", yaml));
            }
        }

        var dataDirectory = RealDataset.DataDirectory.TrimEnd('/') + "/";
        files.AddRange(RealDataset.TextFiles.Concat(RealDataset.CodebookFiles).Select(f => (AdditionalText)new ByteText(Root + "/" + f.Path.Substring(dataDirectory.Length), f.Bytes)));

        var (result, output) = GeneratorHarness.Run(files, RealDataset.CollectionsSource, Root);
        Assert.Empty(GeneratorHarness.Describe(result.Diagnostics));
        var assembly = CompiledFixture.Load(output);

        foreach (var collection in Dataset.Metadata.Collections)
        {
            var original = Canonical(collection.Records, collection.RecordType);
            var rebuilt = Canonical(CompiledFixture.All(assembly, s_collections[collection.ExportName].Class), collection.RecordType);
            Assert.Equal(original, rebuilt);
        }
    }

    [Fact]
    public void Round_trip_covers_every_record_of_the_dataset()
    {
        using var export = JsonDocument.Parse(DatasetJson.ToJson());
        var exported = export.RootElement.EnumerateObject().Sum(c => c.Value.GetArrayLength());
        Assert.Equal(Dataset.Metadata.Collections.Sum(c => c.Records.Count), exported);
        Assert.True(exported > 0);
    }

    /// <summary>Each record rendered by the export's canonical writer, one after another.</summary>
    private static string Canonical(IEnumerable<object> records, DefenceData.Metadata.RecordTypeMetadata type) =>
        string.Join("\n", records.Select(r => DatasetJson.ToJson(r, type)));
}
