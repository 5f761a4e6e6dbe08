namespace DefenceData.PackageTests;

/// <summary>
/// tests/PackageConsumer, copied out of the repository, restores both packages from the folder
/// feed, queries the dataset, and compiles YAML records of its own through DefenceData.Generators.
/// The tests that read the unchanged consumer share one build of it (<see cref="PackageFeed.Consumer"/>).
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public void A_consumer_builds_from_the_feed_without_a_warning()
    {
        var build = feed.Consumer.Build.EnsureSuccess();

        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal); // no CS0436: no type is generated twice
    }

    [Fact]
    public void A_consumer_queries_the_dataset_and_reads_its_own_records()
    {
        var lines = feed.Consumer.Lines;

        Assert.Equal(DatasetInfo.Describe(), lines[0]);
        Assert.Contains("event 2025-11-04 singh-katz-meeting-2025-11-04: Rajesh Kumar Singh, Israel Katz", lines);
        Assert.Contains("own person jane-analyst: Jane Analyst (Defence analyst)", lines);
        Assert.Contains("own briefing mou-briefing 2025-11-06: What the 2025 MoU covers, attended by Jane Analyst", lines);
    }

    [Fact]
    public void Navigation_on_the_consumers_records_resolves_in_the_consumers_own_collections()
    {
        var lines = feed.Consumer.Lines;

        Assert.Contains("own role jane-analyst: Defence analyst at Example Institute, cited from Briefing notes", lines);
        Assert.Contains("own organisation example-institute: Example Institute, cited from briefing-notes", lines);
        Assert.Contains("own person's country jane-analyst: India", lines); // no own countries: DefenceData's
    }

    [Fact]
    public void A_consumer_with_its_own_organisations_cannot_name_one_only_DefenceData_holds()
    {
        var consumer = WithTwoBrokenRecords();

        // The project's own organisations are where its references resolve, so DefenceData's do not count.
        Assert.NotEqual(0, consumer.Build.ExitCode);
        var person = Path.Combine(consumer.Directory, "data", "people", "jane-analyst.yaml");
        Assert.Contains($"{person}(6,21): error DD0008", consumer.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_record_in_the_consumer_fails_its_build_at_the_file_line_and_column()
    {
        var consumer = WithTwoBrokenRecords();

        Assert.NotEqual(0, consumer.Build.ExitCode);
        var broken = Path.Combine(consumer.Directory, "data", "people", "broken.yaml");
        Assert.Contains($"{broken}(4,1): error DD0002: Unknown key 'rank' for Person", consumer.Build.Output, StringComparison.Ordinal);
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
        var lines = feed.Consumer.Lines;

        Assert.Equal(
            ["own fixture analystOrganisations/example-institute", "own fixture analystPeople/jane-analyst", "own fixture analystSources/briefing-notes", "own fixture briefings/mou-briefing"],
            lines.Where(l => l.StartsWith("own fixture ", StringComparison.Ordinal)));
        Assert.Contains("own citation analystPeople/jane-analyst/roles[0].citations[0]: briefing-notes", lines);
        Assert.Contains("own reference to example-institute: jane-analyst roles[0].organisationId", lines);
    }

    [Fact]
    public void A_consumer_exports_its_own_collections_as_json_with_the_packages_exporter()
    {
        var file = Path.Combine(feed.Consumer.Directory, "own.json");

        feed.Consumer.RunWith(feed, "export", file).EnsureSuccess();

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
        var moved = feed.BuiltConsumer("consumer-moved", directory =>
        {
            Directory.Move(Path.Combine(directory, "data"), Path.Combine(directory, "records"));
            var project = Path.Combine(directory, "PackageConsumer.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace(
                "</OutputType>", "</OutputType>\n    <DefenceDataDirectory>$(MSBuildProjectDirectory)/records</DefenceDataDirectory>", StringComparison.Ordinal));
        });

        Assert.Contains("own person jane-analyst: Jane Analyst (Defence analyst)", moved.Lines);
    }

    [Fact]
    public void A_consumer_writes_the_JSON_Schemas_of_its_own_collections_with_one_call()
    {
        var schemas = Path.Combine(feed.Consumer.Directory, "schemas");

        var run = feed.Consumer.RunWith(feed, "schema", schemas).EnsureSuccess();

        Assert.Equal(["briefings.schema.json", "organisations.schema.json", "people.schema.json", "sources.schema.json"], Directory.GetFiles(schemas).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(Path.Combine(schemas, "people.schema.json"), run.Output, StringComparison.Ordinal);
        var briefings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(schemas, "briefings.schema.json")))!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", briefings["$schema"]!.GetValue<string>());
        Assert.Equal(["jane-analyst"], briefings["$defs"]!["PersonId"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())); // the consumer's own people
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

    // One copy, one build, two faults in two files: a person naming an organisation only DefenceData
    // holds, and a record with a key its type lacks. Each test reads its own error at its own place.
    private BuiltConsumer WithTwoBrokenRecords() => feed.BuiltConsumer("consumer-broken", directory =>
    {
        var person = Path.Combine(directory, "data", "people", "jane-analyst.yaml");
        File.WriteAllText(person, File.ReadAllText(person).Replace("organisationId: example-institute", "organisationId: israel-ministry-of-defence", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "data", "people", "broken.yaml"), "id: broken-record\nname: Broken Record\ncitations: []\nrank: General\n");
    });
}
