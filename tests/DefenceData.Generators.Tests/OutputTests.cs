using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>What the generator emits: valid, warning-free, faithful to the data, deterministic.</summary>
public sealed class OutputTests
{
    private static readonly (string Path, string Text)[] s_files =
    [
        ("/repo/data/books/book.yaml", "id: book\ntext: texts/book.txt\n"),
        ("/repo/data/texts/book.txt", "The quick brown fox."),
        ("/repo/data/things/a.yaml", "id: a\nname: A\nsize: 3\nweight: -7\nactive: true\nprice: 1.25\nratio: 2.5e3\nwhen: 2025-07\ncolour: dark-blue\ntags: [NO, on, '0123', 1.10, 2025-07-23]\nparentId: b\nnotes:\n  - bookId: book\n    quote: quick brown\n"),
        ("/repo/data/things/b.yaml", "- id: b\n  name: \"Quotes \\\" and \\\\ and */ and {braces} and #\"\n  friendIds: [a]\n- id: 2nd-thing\n  name: Second\n"),
    ];

    // One generator run and one compiled assembly for every test here that reads them.
    private static readonly Lazy<(GeneratorDriverRunResult Result, Compilation Output)> s_run = new(() => Run(s_files));

    private static readonly Lazy<System.Reflection.Assembly> s_assembly = new(() => CompiledFixture.Load(s_run.Value.Output));

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        var (result, output) = s_run.Value;
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generated_collection_matches_its_snapshot()
    {
        var result = s_run.Value.Result;
        var things = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Fixture.Things.g.cs", StringComparison.Ordinal));
        DefenceData.Testing.Snapshot.Verify(WithoutVersion(things.GetText().ToString()));
    }

    [Fact]
    public void Generated_code_names_the_generator_s_own_version()
    {
        var version = typeof(DatasetGenerator).Assembly.GetName().Version!;
        var expected = $"[global::System.CodeDom.Compiler.GeneratedCode(\"DefenceData.Generators\", \"{version.Major}.{version.Minor}.{version.Build}\")]";
        Assert.Equal(expected, DefenceData.Generators.Emit.SourceWriter.GeneratedCodeAttribute);
        var things = s_run.Value.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Fixture.Things.g.cs", StringComparison.Ordinal));
        Assert.Contains(expected, things.GetText().ToString(), StringComparison.Ordinal);

        // A property, not a const: callers read it from the package they run with.
        var count = s_assembly.Value.GetType("Fixture.Things")!.GetProperty("Count")!;
        Assert.Equal(3, count.GetValue(null));
    }

    // The snapshot holds no version number, so a release does not change it.
    private static string WithoutVersion(string source) =>
        source.Replace(DefenceData.Generators.Emit.SourceWriter.GeneratedCodeAttribute, "[global::System.CodeDom.Compiler.GeneratedCode(\"DefenceData.Generators\", \"{version}\")]");

    [Fact]
    public void Generated_navigation_matches_its_snapshot()
    {
        var result = s_run.Value.Result;
        var navigation = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Fixture.Thing.Navigation.g.cs", StringComparison.Ordinal));
        DefenceData.Testing.Snapshot.Verify(navigation.GetText().ToString());
    }

    [Fact]
    public void Scalars_are_typed_by_the_property_not_by_YAML_implicit_typing()
    {
        var assembly = s_assembly.Value;
        var a = CompiledFixture.All(assembly, "Fixture.Things").Single(r => (string)CompiledFixture.Property(r, "Id")! == "a");
        Assert.Equal(["NO", "on", "0123", "1.10", "2025-07-23"], (IReadOnlyList<string>)CompiledFixture.Property(a, "Tags")!);
        Assert.Equal(new PartialDate(2025, 7), CompiledFixture.Property(a, "When"));
        Assert.Equal(1.25m, CompiledFixture.Property(a, "Price"));
        Assert.Equal(2500d, CompiledFixture.Property(a, "Ratio"));
        Assert.Equal(-7L, CompiledFixture.Property(a, "Weight"));
    }

    [Fact]
    public void Strings_with_quotes_backslashes_and_comment_markers_round_trip_exactly()
    {
        var assembly = s_assembly.Value;
        var b = CompiledFixture.All(assembly, "Fixture.Things").Single(r => (string)CompiledFixture.Property(r, "Id")! == "b");
        Assert.Equal("Quotes \" and \\ and */ and {braces} and #", CompiledFixture.Property(b, "Name"));
    }

    [Fact]
    public void Records_are_ordered_by_id_ordinally()
    {
        var assembly = s_assembly.Value;
        var ids = CompiledFixture.All(assembly, "Fixture.Things").Select(r => (string)CompiledFixture.Property(r, "Id")!).ToList();
        Assert.Equal(["2nd-thing", "a", "b"], ids);
    }

    [Fact]
    public void Id_starting_with_a_digit_gets_a_valid_member_name()
    {
        var assembly = s_assembly.Value;
        Assert.NotNull(assembly.GetType("Fixture.Things")!.GetProperty("_2ndThing"));
    }

    [Fact]
    public void Navigation_properties_resolve_ids_to_records()
    {
        var assembly = s_assembly.Value;
        var a = CompiledFixture.All(assembly, "Fixture.Things").Single(r => (string)CompiledFixture.Property(r, "Id")! == "a");
        var parent = CompiledFixture.Property(a, "Parent")!;
        Assert.Equal("b", CompiledFixture.Property(parent, "Id"));
    }

    [Fact]
    public void Lists_of_nullable_values_compile_and_keep_their_nulls()
    {
        var source = FixtureSource.Replace("public IReadOnlyList<string> Tags { get; init; } = [];",
            "public IReadOnlyList<string?> Tags { get; init; } = []; public IReadOnlyList<int?> Counts { get; init; } = []; public IReadOnlyList<Colour?> Shades { get; init; } = [];");
        var (result, output) = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\ntags: [x, null]\ncounts: [1, ~]\nshades: [red, null]\n")], source);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var a = CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things").Single();
        Assert.Equal([1, null], (IReadOnlyList<int?>)CompiledFixture.Property(a, "Counts")!);
        Assert.Equal(["x", null], (IReadOnlyList<string?>)CompiledFixture.Property(a, "Tags")!);
    }

    [Fact]
    public void All_cannot_be_changed_through_a_cast()
    {
        var assembly = s_assembly.Value;
        var all = assembly.GetType("Fixture.Things")!.GetProperty("All")!.GetValue(null);
        Assert.IsNotType<object[]>(all, exactMatch: false);
        Assert.True(((System.Collections.IList)all!).IsReadOnly);
    }

    [Fact]
    public void Output_is_byte_identical_for_any_file_order()
    {
        static string Sources(GeneratorDriverRunResult result) =>
            string.Join("\n//--\n", result.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => t.FilePath + "\n" + t.GetText()));

        Assert.Equal(Sources(s_run.Value.Result), Sources(Run(s_files.Reverse().ToArray()).Result));
    }
}
