using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// Where references resolve: in a compilation's own collections of the type, else in a referenced
/// assembly's (here the DefenceData package's); the build checks against the same collections.
/// </summary>
public sealed class ResolutionTests
{
    private const string ConsumerSource = """
        using DefenceData;
        using DefenceData.Annotations;

        namespace Consumer;

        [DataCollection(typeof(Person), "people")]
        public static partial class MyPeople;

        [DataCollection(typeof(Source), "sources")]
        public static partial class MySources;

        [DataCollection(typeof(Organisation), "organisations")]
        public static partial class MyOrganisations;
        """;

    private const string Jane = """
        id: jane
        name: Jane Analyst
        countryId: india
        roles:
          - title: Analyst
            organisationId: institute
            citations: [{ sourceId: notes, quote: Jane Analyst }]
        citations: [{ sourceId: notes, quote: Jane Analyst works }]
        """;

    private static (string Path, string Text)[] ConsumerFiles(string person = Jane) =>
    [
        ("/repo/data/sources/notes.yaml", "id: notes\nheadline: Notes\nevidenceFile: sources/notes.txt\n"),
        ("/repo/data/sources/notes.txt", "Jane Analyst works at the Example Institute."),
        ("/repo/data/organisations/institute.yaml", "id: institute\nname: Example Institute\nkind: company\ncitations: [{ sourceId: notes, quote: the Example Institute }]\n"),
        ("/repo/data/people/jane.yaml", person),
    ];

    private static (GeneratorDriverRunResult Result, Compilation Output) RunConsumer(string person = Jane) =>
        Run(ConsumerFiles(person).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)), ConsumerSource, DataDirectory);

    [Fact]
    public void A_consumers_records_of_the_packages_types_navigate_to_the_consumers_own_records()
    {
        var (result, output) = RunConsumer();
        Assert.Empty(result.Diagnostics);
        var jane = (Person)CompiledFixture.All(CompiledFixture.Load(output), "Consumer.MyPeople").Single();

        Assert.Equal("Notes", jane.Citations[0].Source.Headline);
        Assert.Equal("Example Institute", jane.Roles[0].Organisation!.Name);
        Assert.Equal("Notes", jane.Roles[0].Citations[0].Source.Headline);
    }

    [Fact]
    public void A_type_the_consumer_has_no_collection_of_resolves_in_the_package()
    {
        var (_, output) = RunConsumer();
        var jane = (Person)CompiledFixture.All(CompiledFixture.Load(output), "Consumer.MyPeople").Single();

        Assert.Same(Countries.India, jane.Country);
    }

    [Fact]
    public void A_type_the_consumer_has_no_collection_of_is_checked_against_the_packages_ids()
    {
        var (result, _) = RunConsumer(Jane.Replace("countryId: india", "countryId: atlantis", StringComparison.Ordinal));

        Assert.Equal(["jane.yaml(3,12): DD0008"], Describe(result.Diagnostics));
    }

    [Fact]
    public void The_consumers_own_collection_of_a_type_shadows_the_packages()
    {
        // article-004 is the package's source; the consumer has sources of its own, so its citations name those.
        var (result, _) = RunConsumer(Jane.Replace("citations: [{ sourceId: notes, quote: Jane Analyst works }]", "citations: [{ sourceId: article-004, quote: Katz }]", StringComparison.Ordinal));

        Assert.Equal(["jane.yaml(8,25): DD0008"], Describe(result.Diagnostics));
    }

    [Fact]
    public void The_packages_own_records_still_navigate_in_the_package()
    {
        _ = RunConsumer();

        Assert.Equal("article-004", Events.Get("singh-katz-meeting-2025-11-04").Citations[0].Source.Id);
    }

    private const string TwoCollectionsSource = FixtureSource + """

        [DataCollection(typeof(Thing), "more-things")]
        public static partial class MoreThings;
        """;

    [Fact]
    public void An_id_in_two_collections_of_one_type_is_reported_where_the_later_collection_defines_it()
    {
        var (result, _) = Run(
            [new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n"), new InMemoryText("/repo/data/more-things/a.yaml", "id: a\nname: Other A\n")],
            TwoCollectionsSource, DataDirectory);

        // Fixture.MoreThings sorts before Fixture.Things, so the copy in things/ is the later one.
        Assert.Equal(["a.yaml(1,5): DD0026"], Describe(result.Diagnostics));
        Assert.Contains("/repo/data/things/a.yaml", result.Diagnostics.Single().Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void References_resolve_across_every_collection_of_the_type()
    {
        var (result, output) = Run(
            [new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\nparentId: b\nfriendIds: [b]\n"), new InMemoryText("/repo/data/more-things/b.yaml", "id: b\nname: B\n")],
            TwoCollectionsSource, DataDirectory);

        Assert.Empty(result.Diagnostics);
        var a = CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things").Single();
        Assert.Equal("B", CompiledFixture.Property(CompiledFixture.Property(a, "Parent")!, "Name"));
    }

    [Fact]
    public void A_list_navigation_is_resolved_once_and_read_again_without_allocating()
    {
        var meeting = Events.Get("singh-katz-meeting-2025-11-04");
        var first = meeting.Participants;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = meeting.Participants;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first, again);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_with_copy_with_other_ids_resolves_its_own_ids()
    {
        var meeting = Events.Get("singh-katz-meeting-2025-11-04");
        _ = meeting.Participants;

        var copy = meeting with { ParticipantIds = ["amir-baram"] };

        Assert.Equal(["amir-baram"], copy.Participants.Select(p => p.Id));
        Assert.Equal(meeting.ParticipantIds, meeting.Participants.Select(p => p.Id));
    }

    [Fact]
    public void A_resolved_list_does_not_change_record_equality()
    {
        var meeting = Events.Get("singh-katz-meeting-2025-11-04");
        var copy = meeting with { };
        _ = meeting.Participants;

        Assert.Equal(meeting, copy);
        Assert.Equal(meeting.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void A_collection_record_type_neither_partial_nor_an_IRecord_is_reported_at_its_collection()
    {
        var source = FixtureSource + "\npublic sealed record Plain { public required string Id { get; init; } }\n[DataCollection(typeof(Plain), \"plains\")]\npublic static partial class Plains;\n";

        var (result, _) = Run([], source, DataDirectory);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DD0017", diagnostic.Id);
        Assert.Contains("'Plain'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_collection_record_type_is_made_an_IRecord()
    {
        var (_, output) = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], FixtureSource, DataDirectory);

        var thing = CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things").Single();
        Assert.Equal("a", Assert.IsAssignableFrom<IRecord>(thing).Id);
    }

    [Fact]
    public void A_compilation_without_a_declared_root_gets_an_internal_project_dataset()
    {
        var (_, output) = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], FixtureSource, DataDirectory);

        var root = CompiledFixture.Load(output).GetType("DefenceData.Generated.ProjectDataset")!;
        Assert.False(root.IsPublic);
        var find = root.GetMethod("Find")!;
        Assert.Equal(typeof(IRecord), find.ReturnType);
        Assert.Equal("a", ((IRecord)find.Invoke(null, ["a"])!).Id);
        Assert.Equal([new KeyValuePair<string, int>("books", 0), new KeyValuePair<string, int>("things", 1)],
            (IReadOnlyList<KeyValuePair<string, int>>)root.GetProperty("RecordCounts")!.GetValue(null)!);
    }

    [Fact]
    public void A_declared_root_is_filled_in()
    {
        var source = FixtureSource + "\n[DatasetRoot]\npublic static partial class MyData;\n";

        var (result, output) = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], source, DataDirectory);

        Assert.Empty(result.Diagnostics);
        var assembly = CompiledFixture.Load(output);
        Assert.NotNull(assembly.GetType("Fixture.MyData")!.GetProperty("Things"));
        Assert.Null(assembly.GetType("DefenceData.Generated.ProjectDataset"));
    }
}
