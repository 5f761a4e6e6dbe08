using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>Each DD diagnostic, reported at its exact line and column in the YAML file.</summary>
public sealed class DiagnosticTests
{
    private const string Book = "/repo/data/books/book.yaml";
    private const string BookYaml = "id: book\ntext: texts/book.txt\n";
    private const string BookText = "/repo/data/texts/book.txt";

    private static IReadOnlyList<string> DiagnosticsOf(params (string Path, string Text)[] files) =>
        Describe(Run(files).Result.Diagnostics);

    [Fact]
    public void Syntax_error_is_DD0001_at_the_fault()
    {
        Assert.Equal(["a.yaml(2,7): DD0001"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: [A\n")));
    }

    [Fact]
    public void Unknown_key_is_DD0002_at_the_key()
    {
        Assert.Equal(["a.yaml(3,1): DD0002"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\ncolor: red\n")));
    }

    [Fact]
    public void Missing_required_key_is_DD0003_at_the_record()
    {
        Assert.Equal(["a.yaml(2,3): DD0003"], DiagnosticsOf(("/repo/data/things/a.yaml", "# one record\n- id: a\n")));
    }

    [Theory]
    [InlineData("size: big", 7)]
    [InlineData("size: 1.5", 7)]
    [InlineData("weight: 99999999999999999999", 9)]
    [InlineData("active: yes", 9)]
    [InlineData("tags: one", 7)]
    [InlineData("weight: [1]", 9)]
    [InlineData("ratio: .nan", 8)]
    public void Value_of_the_wrong_type_is_DD0004_at_the_value(string line, int column)
    {
        Assert.Equal([$"a.yaml(3,{column}): DD0004"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\n" + line + "\n")));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("25-07-23")]
    [InlineData("July 2025")]
    public void Impossible_date_is_DD0005(string date)
    {
        Assert.Equal(["a.yaml(3,7): DD0005"], DiagnosticsOf(("/repo/data/things/a.yaml", $"id: a\nname: A\nwhen: {date}\n")));
    }

    [Fact]
    public void Unknown_enum_value_is_DD0006()
    {
        Assert.Equal(["a.yaml(3,9): DD0006"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\ncolour: green\n")));
    }

    [Fact]
    public void Duplicate_id_across_files_is_DD0007_at_the_later_file()
    {
        Assert.Equal(["b.yaml(1,5): DD0007"], DiagnosticsOf(
            ("/repo/data/things/b.yaml", "id: a\nname: B\n"),
            ("/repo/data/things/a.yaml", "id: a\nname: A\n")));
    }

    [Fact]
    public void Dangling_reference_is_DD0008_at_the_id()
    {
        Assert.Equal(["a.yaml(3,23): DD0008"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\nfriendIds: [a-friend, nobody]\n"), ("/repo/data/things/f.yaml", "id: a-friend\nname: F\n")));
    }

    [Theory]
    [InlineData("Bad")]
    [InlineData("bad_id")]
    [InlineData("bad--id")]
    [InlineData("-bad")]
    [InlineData("\"\"")]
    public void Malformed_id_is_DD0009(string id)
    {
        Assert.Equal(["a.yaml(1,5): DD0009"], DiagnosticsOf(("/repo/data/things/a.yaml", $"id: {id}\nname: A\n")));
    }

    [Fact]
    public void Ids_giving_the_same_member_name_are_DD0010()
    {
        Assert.Equal(["b.yaml(1,5): DD0010"], DiagnosticsOf(
            ("/repo/data/things/a.yaml", "id: a-1\nname: A\n"),
            ("/repo/data/things/b.yaml", "id: a1\nname: B\n")));
    }

    [Fact]
    public void Id_giving_a_generated_member_name_is_DD0010()
    {
        Assert.Equal(["a.yaml(1,5): DD0010"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: by-id\nname: A\n")));
    }

    [Fact]
    public void Quote_missing_from_its_text_is_DD0011_at_the_quote()
    {
        Assert.Equal(["a.yaml(5,12): DD0011"], DiagnosticsOf(
            (Book, BookYaml), (BookText, "The quick brown fox."),
            ("/repo/data/things/a.yaml", "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: the slow fox\n")));
    }

    [Fact]
    public void Quote_matches_across_line_breaks_and_typographic_quotes()
    {
        Assert.Empty(DiagnosticsOf(
            (Book, BookYaml), (BookText, "He said \u201Cthe quick\n   brown fox\u201D and left."),
            ("/repo/data/things/a.yaml", "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: said \"the quick brown fox\"\n")));
    }

    [Fact]
    public void Evidence_file_not_among_additional_files_is_DD0012()
    {
        Assert.Equal(["book.yaml(2,7): DD0012"], DiagnosticsOf((Book, BookYaml)));
    }

    [Fact]
    public void Duplicate_key_is_DD0013_at_the_second_key()
    {
        Assert.Equal(["a.yaml(3,1): DD0013"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\nname: B\n")));
    }

    [Fact]
    public void Duplicate_key_in_a_mapping_of_many_keys_is_DD0013_at_the_second_key()
    {
        var yaml = string.Concat(Enumerable.Range(0, 20).Select(i => $"k{i}: {i}\n")) + "k5: again\n";
        Assert.Equal(["a.yaml(21,1): DD0013"], DiagnosticsOf(("/repo/data/things/a.yaml", yaml)));
    }

    [Theory]
    [InlineData("id: a\nname: &n A\n", "a.yaml(2,7): DD0014")]
    [InlineData("- id: a\n  name: A\n  tags: &t [x]\n- id: b\n  name: B\n  tags: *t\n", "a.yaml(3,9): DD0014")]
    [InlineData("id: a\nname: A\n<<: {size: 1}\n", "a.yaml(3,1): DD0014")]
    [InlineData("id: a\nname: !custom A\n", "a.yaml(2,7): DD0014")]
    public void Anchors_aliases_merge_keys_and_tags_are_DD0014(string yaml, string expected)
    {
        Assert.Equal([expected], DiagnosticsOf(("/repo/data/things/a.yaml", yaml)));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_DD0015()
    {
        var deep = "id: a\nname: A\ntags: " + new string('[', 20_000) + new string(']', 20_000) + "\n";
        Assert.Equal(["a.yaml(3,70): DD0015"], DiagnosticsOf(("/repo/data/things/a.yaml", deep)));
    }

    [Fact]
    public void Property_type_data_cannot_express_is_DD0016()
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", "public System.Uri? Size { get; init; }");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], source).Result;
        Assert.Equal(["Fixture.cs(22,24): DD0016"], Describe(result.Diagnostics)); // at the property "Size"
    }

    [Fact]
    public void Collection_class_that_is_not_static_partial_is_DD0017()
    {
        var source = FixtureSource.Replace("public static partial class Books;", "public static class Books {}");
        var result = Run([], source).Result;
        Assert.Equal(["Fixture.cs(47,2): DD0017"], Describe(result.Diagnostics));
    }

    [Fact]
    public void File_in_the_data_directory_but_no_collection_folder_is_DD0019()
    {
        var result = Run([new InMemoryText("/repo/data/other/x.yaml", "id: x\n")], dataDirectory: DataDirectory).Result;
        Assert.Equal(["x.yaml(1,1): DD0019"], Describe(result.Diagnostics));
    }

    [Theory]
    [InlineData("name: ~", "a.yaml(2,7): DD0020")]
    [InlineData("name: null", "a.yaml(2,7): DD0020")]
    [InlineData("name:", "a.yaml(2,6): DD0020")]
    public void Null_for_a_required_value_is_DD0020(string line, string expected)
    {
        Assert.Equal([expected], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\n" + line + "\n")));
    }

    [Fact]
    public void Record_referring_to_itself_is_DD0021()
    {
        Assert.Equal(["a.yaml(3,11): DD0021"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\nparentId: a\n")));
    }

    [Fact]
    public void Several_documents_in_one_file_is_DD0022_at_the_second()
    {
        Assert.Equal(["a.yaml(3,1): DD0022"], DiagnosticsOf(("/repo/data/things/a.yaml", "id: a\nname: A\n---\nid: b\nname: B\n")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("just text\n")]
    [InlineData("[]\n")]
    public void File_without_records_is_DD0023(string yaml)
    {
        Assert.Equal(["a.yaml(1,1): DD0023"], DiagnosticsOf(("/repo/data/things/a.yaml", yaml)));
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\uFFFD")]
    [InlineData("\u0007")]
    public void Unsafe_character_in_a_string_is_DD0024_at_the_character(string character)
    {
        Assert.Equal(["a.yaml(2,9): DD0024"], DiagnosticsOf(("/repo/data/things/a.yaml", $"id: a\nname: \"A{character}B\"\n")));
    }

    [Fact]
    public void Empty_quote_is_DD0011()
    {
        Assert.Equal(["a.yaml(5,12): DD0011"], DiagnosticsOf(
            (Book, BookYaml), (BookText, "The quick brown fox."),
            ("/repo/data/things/a.yaml", "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: \"  \"\n")));
    }

    [Fact]
    public void Id_giving_the_name_of_a_member_written_in_the_collection_class_is_DD0010()
    {
        var source = FixtureSource.Replace("public static partial class Things;", "public static partial class Things { public static int Special => 1; }");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: special\nname: A\n")], source).Result;
        Assert.Equal(["a.yaml(1,5): DD0010"], Describe(result.Diagnostics));
    }

    [Fact]
    public void Collection_of_a_value_type_is_DD0017()
    {
        var source = FixtureSource + "\npublic record struct Point { public required string Id { get; init; } }\n[DataCollection(typeof(Point), \"points\")]\npublic static partial class Points;\n";
        Assert.Contains("DD0017", Describe(Run([], source).Result.Diagnostics).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Collection_folder_with_a_line_break_is_DD0017()
    {
        var source = FixtureSource.Replace("\"books\")]", "\"books\\nclass X\")]");
        Assert.Contains("DD0017", Describe(Run([], source).Result.Diagnostics).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Type_that_holds_itself_is_DD0016_once_per_property_and_read_quickly()
    {
        var properties = string.Concat(Enumerable.Range(0, 8).Select(i => $"public Node? P{i} {{ get; init; }} "));
        var source = FixtureSource.Replace("public int? Size { get; init; }", "public Node? Size { get; init; }") + $"\npublic sealed record Node {{ {properties} }}\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = Run([], source).Result.Diagnostics;
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10); // bounded, not exponential: a hang would never reach this line
        Assert.Equal(8, diagnostics.Count(d => d.Id == "DD0016"));
    }

    [Fact]
    public void Valid_data_gives_no_diagnostics()
    {
        Assert.Empty(DiagnosticsOf(
            (Book, BookYaml), (BookText, "The quick brown fox."),
            ("/repo/data/things/a.yaml", "id: a\nname: A\nsize: 3\nweight: -7\nactive: true\nprice: 1.25\nratio: 2.5e3\nwhen: 2025-07\ncolour: dark-blue\ntags: [NO, on, '0123']\nparentId: b\nnotes:\n  - bookId: book\n    quote: quick brown\n"),
            ("/repo/data/things/b.yaml", "- id: b\n  name: B\n  friendIds: [a]\n")));
    }
}
