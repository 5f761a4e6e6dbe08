using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// Diagnostics about the C# schema (at its line and column in the source), and data the rules must
/// accept. Each located error in YAML data is a case of the corpus (Hostile/HostileCorpus.cs), which
/// checks its place, that nothing throws, and that the output still compiles.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Book = "/repo/data/books/book.yaml";
    private const string BookYaml = "id: book\ntext: texts/book.txt\n";
    private const string BookText = "/repo/data/texts/book.txt";

    private static IReadOnlyList<string> DiagnosticsOf(params (string Path, string Text)[] files) =>
        Describe(Run(files).Result.Diagnostics);

    [Fact]
    public void Quote_matches_across_line_breaks_and_typographic_quotes()
    {
        Assert.Empty(DiagnosticsOf(
            (Book, BookYaml), (BookText, "He said \u201Cthe quick\n   brown fox\u201D and left."),
            ("/repo/data/things/a.yaml", "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: said \"the quick brown fox\"\n")));
    }

    [Fact]
    public void Property_type_data_cannot_express_is_DD0016()
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", "public System.Uri? Size { get; init; }");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], source).Result;
        Assert.Equal([LocationOf("Size { get; init; }", source) + ": DD0016"], Describe(result.Diagnostics));
    }

    [Fact]
    public void Collection_class_that_is_not_static_partial_is_DD0017()
    {
        var source = FixtureSource.Replace("public static partial class Books;", "public static class Books {}");
        var result = Run([], source).Result;
        Assert.Equal([LocationOf("DataCollection(typeof(Book)", source) + ": DD0017"], Describe(result.Diagnostics));
    }

    [Fact]
    public void Id_giving_the_name_of_a_member_written_in_the_collection_class_is_DD0010()
    {
        var source = FixtureSource.Replace("public static partial class Things;", "public static partial class Things { public static int Special => 1; }");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: special\nname: A\n")], source).Result;
        Assert.Equal(["a.yaml(1,5): DD0010"], Describe(result.Diagnostics));
    }

    [Fact]
    public void Navigation_whose_name_the_record_type_already_has_is_DD0010_at_the_collection_class()
    {
        var source = FixtureSource.Replace("public string? ParentId { get; init; }", "public string? ParentId { get; init; }\n    public int Parent => 1;");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], source).Result;
        Assert.Equal([LocationOf("Things;", source) + ": DD0010"], Describe(result.Diagnostics));
        Assert.Equal("Reference property 'Thing.ParentId' gives the C# member name 'Parent', which is already taken by a member written in Thing", result.Diagnostics.Single().GetMessage());
    }

    [Theory]
    [InlineData("Files", "DataSchemas.Files")]
    [InlineData("Find", "ProjectDataset.Find")]
    public void Collection_whose_class_name_a_generated_class_declares_is_DD0010_at_the_class(string className, string member)
    {
        var source = FixtureSource + $"\n[DataCollection(typeof(Book), \"more-books\")]\npublic static partial class {className};\n";
        var result = Run([], source).Result;
        Assert.Equal([LocationOf(className + ";", source) + ": DD0010"], Describe(result.Diagnostics));
        Assert.Equal($"Collection '{className}' gives the C# member name '{member}', which is already taken by a generated member", result.Diagnostics.Single().GetMessage());
    }

    [Fact]
    public void Collections_whose_class_names_differ_only_in_case_are_DD0010_at_the_later_class_not_a_generator_crash()
    {
        // URLs and UrLs: one export name (urLs) and, to the compiler's file names, one generated file.
        var source = FixtureSource + "\n[DataCollection(typeof(Book), \"urls-a\")]\npublic static partial class URLs;\n[DataCollection(typeof(Book), \"urls-b\")]\npublic static partial class UrLs;\n";
        var result = Run([], source).Result;
        Assert.Equal([LocationOf("UrLs;", source) + ": DD0010"], Describe(result.Diagnostics));
        Assert.Contains("differ only in case", result.Diagnostics.Single().GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_property_that_is_not_a_scalar_is_DD0017_at_the_property()
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", "public int? Size { get; init; }\n    [DefenceData.Annotations.Derived] public System.Collections.Generic.IReadOnlyList<string> Sizes => [];");
        var result = Run([], source).Result;
        Assert.Equal([LocationOf("Sizes =>", source) + ": DD0017"], Describe(result.Diagnostics));
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
        // The same run without the cycle first, so that the time below is the cycle's and not the
        // compiler's first start in this process (seconds on a busy two-core machine).
        Run([], FixtureSource);
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
