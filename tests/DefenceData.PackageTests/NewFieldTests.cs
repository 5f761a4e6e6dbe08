using System.Text;

namespace DefenceData.PackageTests;

/// <summary>
/// docs/ARCHITECTURE.md's "To add a field", followed in a scratch copy of the repository: a text
/// property added to a record type (and its public API line) and given in one YAML file reaches every
/// output with no other change: the JSON export, the CSV table and its Data Package field, the
/// Parquet table, the collection's JSON Schema and the record's page on the site.
/// </summary>
[Collection(ScratchBuildsCollection.Name)]
public sealed class NewFieldTests(EditedRepository repository)
{
    private const string Value = EditedRepository.Codename;

    [Fact]
    public void A_field_added_to_a_record_type_reaches_every_output()
    {
        repository.CliBuild.EnsureSuccess();
        var output = Path.Combine(repository.Root, "out");
        foreach (var command in new[] { "export json -o out/json", "export csv -o out/csv", "export parquet -o out/parquet", "schema -o out/schemas", "site -o out/site" })
        {
            var run = NativeCli.Run(repository.Root, "dotnet", [repository.Cli, .. command.Split(' ')]);
            Assert.True(run.ExitCode == 0, $"{command}: {run.Error}");
        }

        Assert.Contains($"\"codename\": \"{Value}\"", Read(output, "json/dataset.json"), StringComparison.Ordinal);
        Assert.Contains("\"codename\": null", Read(output, "json/dataset.json"), StringComparison.Ordinal);
        Assert.Contains("codename", Read(output, "csv/events.csv").Split('\n')[0].Split(','));
        Assert.Contains(Value, Read(output, "csv/events.csv"), StringComparison.Ordinal);
        Assert.Contains("\"name\": \"codename\"", Read(output, "csv/datapackage.json"), StringComparison.Ordinal);
        Assert.Contains("codename", Read(output, "parquet/events.parquet"), StringComparison.Ordinal); // the column in the footer's schema
        Assert.Contains(Value, Read(output, "parquet/events.parquet"), StringComparison.Ordinal);
        Assert.Contains("\"codename\"", Read(output, "schemas/events.schema.json"), StringComparison.Ordinal);
        var page = Read(output, "site/events/baram-visit-india-2025-07-22.html");
        Assert.Contains("<dt>Codename</dt>", page, StringComparison.Ordinal);
        Assert.Contains(Value, page, StringComparison.Ordinal);
    }

    // Bytes read as Latin-1, so a binary file (Parquet) can be searched for ASCII text too.
    private static string Read(string folder, string path) => Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder, path)));
}
