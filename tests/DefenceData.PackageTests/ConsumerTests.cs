namespace DefenceData.PackageTests;

/// <summary>
/// tests/PackageConsumer, copied out of the repository, restores both packages from the folder
/// feed, queries the dataset, and compiles YAML records of its own through DefenceData.Generators.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public void A_consumer_builds_from_the_feed_queries_the_dataset_and_reads_its_own_records()
    {
        var directory = feed.CopyConsumer("consumer");
        var build = feed.Build(directory).EnsureSuccess();
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal); // no CS0436: no type is generated twice

        var run = DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll")).EnsureSuccess();

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DatasetInfo.Describe(), lines[0]);
        Assert.Contains("event 2025-11-04 singh-katz-meeting-2025-11-04: Rajesh Kumar Singh, Israel Katz", lines);
        Assert.Contains("own person jane-analyst: Jane Analyst (Defence analyst)", lines);
        Assert.Contains("own briefing mou-briefing 2025-11-06: What the 2025 MoU covers, attended by Jane Analyst", lines);
    }

    [Fact]
    public void Navigation_on_the_consumers_records_resolves_in_the_consumers_own_collections()
    {
        var directory = feed.CopyConsumer("consumer-navigation");
        feed.Build(directory).EnsureSuccess();

        var run = DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll")).EnsureSuccess();

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("own role jane-analyst: Defence analyst at Example Institute, cited from Briefing notes", lines);
        Assert.Contains("own organisation example-institute: Example Institute, cited from briefing-notes", lines);
        Assert.Contains("own person's country jane-analyst: India", lines); // no own countries: DefenceData's
    }

    [Fact]
    public void A_consumer_with_its_own_organisations_cannot_name_one_only_DefenceData_holds()
    {
        var directory = feed.CopyConsumer("consumer-dangling");
        var person = Path.Combine(directory, "data", "people", "jane-analyst.yaml");
        File.WriteAllText(person, File.ReadAllText(person).Replace("organisationId: example-institute", "organisationId: israel-ministry-of-defence", StringComparison.Ordinal));

        var build = feed.Build(directory);

        // The project's own organisations are where its references resolve, so DefenceData's do not count.
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{person}(6,21): error DD0008", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_consumer_restores_the_packages_into_its_own_packages_folder()
    {
        var directory = feed.CopyConsumer("consumer-restore");
        DotnetProcess.Run(directory, feed.PackagesFolder, "restore").EnsureSuccess();

        Assert.True(File.Exists(Path.Combine(feed.PackagesFolder, "defencedata", PackageFeed.Version, $"defencedata.{PackageFeed.Version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(feed.PackagesFolder, "defencedata.generators", PackageFeed.Version, "analyzers", "dotnet", "cs", "YamlDotNet.dll")));
    }

    [Fact]
    public void A_consumer_lists_its_own_fixture_rows_citations_and_references_through_its_roots_metadata()
    {
        var directory = feed.CopyConsumer("consumer-fixtures");
        feed.Build(directory).EnsureSuccess();

        var run = DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll")).EnsureSuccess();

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["own fixture analystOrganisations/example-institute", "own fixture analystPeople/jane-analyst", "own fixture analystSources/briefing-notes", "own fixture briefings/mou-briefing"],
            lines.Where(l => l.StartsWith("own fixture ", StringComparison.Ordinal)));
        Assert.Contains("own citation analystPeople/jane-analyst/roles[0].citations[0]: briefing-notes", lines);
        Assert.Contains("own reference to example-institute: jane-analyst roles[0].organisationId", lines);
    }

    [Fact]
    public void A_consumer_exports_its_own_collections_as_json_with_the_packages_exporter()
    {
        var directory = feed.CopyConsumer("consumer-export");
        feed.Build(directory).EnsureSuccess();
        var file = Path.Combine(directory, "own.json");

        DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll"), "export", file).EnsureSuccess();

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(["analystOrganisations", "analystPeople", "analystSources", "briefings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var briefing = json.RootElement.GetProperty("briefings")[0];
        Assert.Equal("mou-briefing", briefing.GetProperty("id").GetString());
        Assert.Equal("2025-11-06", briefing.GetProperty("date").GetString());
        Assert.Equal(["jane-analyst"], briefing.GetProperty("attendeeIds").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void A_consumer_can_move_its_data_directory_with_one_property()
    {
        var directory = feed.CopyConsumer("consumer-moved");
        Directory.Move(Path.Combine(directory, "data"), Path.Combine(directory, "records"));
        var project = Path.Combine(directory, "PackageConsumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</OutputType>", "</OutputType>\n    <DefenceDataDirectory>$(MSBuildProjectDirectory)/records</DefenceDataDirectory>", StringComparison.Ordinal));
        feed.Build(directory).EnsureSuccess();

        var run = DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll")).EnsureSuccess();

        Assert.Contains("own person jane-analyst: Jane Analyst (Defence analyst)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_writes_the_JSON_Schemas_of_its_own_collections_with_one_call()
    {
        var directory = feed.CopyConsumer("consumer-schemas");
        feed.Build(directory).EnsureSuccess();
        var schemas = Path.Combine(directory, "schemas");

        var run = DotnetProcess.Run(directory, feed.PackagesFolder,
            Path.Combine(directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll"), "schema", schemas).EnsureSuccess();

        Assert.Equal(["briefings.schema.json", "organisations.schema.json", "people.schema.json", "sources.schema.json"], Directory.GetFiles(schemas).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(Path.Combine(schemas, "people.schema.json"), run.Output, StringComparison.Ordinal);
        var briefings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(schemas, "briefings.schema.json")))!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", briefings["$schema"]!.GetValue<string>());
        Assert.Equal(["jane-analyst"], briefings["$defs"]!["PersonId"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())); // the consumer's own people
    }

    [Fact]
    public void A_broken_record_in_the_consumer_fails_its_build_at_the_file_line_and_column()
    {
        var directory = feed.CopyConsumer("consumer-broken");
        File.WriteAllText(Path.Combine(directory, "data", "people", "broken.yaml"),
            "id: broken-record\nname: Broken Record\ncitations: []\nrank: General\n");

        var build = feed.Build(directory);

        Assert.NotEqual(0, build.ExitCode);
        var broken = Path.Combine(directory, "data", "people", "broken.yaml");
        Assert.Contains($"{broken}(4,1): error DD0002: Unknown key 'rank' for Person", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net8_consumer_is_refused_at_restore_with_NU1202()
    {
        var directory = feed.CopyConsumer("consumer-net8");
        var project = Path.Combine(directory, "PackageConsumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFramework>net8.0</TargetFramework>", StringComparison.Ordinal));

        var restore = DotnetProcess.Run(directory, feed.PackagesFolder, "restore");

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains($"error NU1202: Package DefenceData {PackageFeed.Version} is not compatible with net8.0", restore.Output, StringComparison.Ordinal);
    }
}
