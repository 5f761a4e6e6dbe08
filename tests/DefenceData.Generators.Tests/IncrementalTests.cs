using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>The pipeline caches per file: editing one YAML file re-runs only that file's steps.</summary>
public sealed class IncrementalTests
{
    private static List<AdditionalText> Files(int count) =>
        Enumerable.Range(0, count)
            .Select(i => (AdditionalText)new InMemoryText($"/repo/data/things/t{i}.yaml", $"id: t{i}\nname: Thing {i}\n"))
            .ToList();

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results[0].TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Select(o => o.Reason)
            .ToArray();

    [Fact]
    public void Second_run_without_changes_reuses_every_step()
    {
        var compilation = Compilation();
        var driver = CreateDriver(Files(5)).RunGenerators(compilation).RunGenerators(compilation.Clone());
        var outputs = driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    /// <summary>Runs the generator over five files, edits the third, and runs it again.</summary>
    private static GeneratorDriver EditOneOfFive()
    {
        var files = Files(5);
        var compilation = Compilation();
        var driver = CreateDriver(files).RunGenerators(compilation);
        return driver.ReplaceAdditionalText(files[2], new InMemoryText(files[2].Path, "id: t2\nname: Edited\n")).RunGenerators(compilation);
    }

    [Fact]
    public void Editing_one_file_rereads_only_that_file()
    {
        var reasons = Reasons(EditOneOfFive(), TrackingNames.Documents);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, reasons.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_one_file_reparses_and_rebinds_only_that_file()
    {
        var reasons = Reasons(EditOneOfFive(), TrackingNames.Bound);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_a_C_sharp_file_that_is_not_a_schema_does_not_reparse_data()
    {
        var files = Files(3);
        var compilation = Compilation();
        var driver = CreateDriver(files).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Other; public static class Unrelated { }", new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview), path: "Other.cs"));
        driver = driver.RunGenerators(edited);

        Assert.All(Reasons(driver, TrackingNames.Documents), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Bound), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Collections), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void A_line_added_above_a_collection_class_moves_its_location_but_rebinds_no_file()
    {
        var files = Files(3);
        var compilation = Compilation();
        var driver = CreateDriver(files).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var moved = FixtureSource.Replace("[DataCollection(typeof(Thing)", "// The things.\n[DataCollection(typeof(Thing)");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(moved))));

        // The shape holds the class's location (where DD0018 and DD0010 point), so it changed; binding is given the shapes without it.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.Shapes));
        Assert.All(Reasons(driver, TrackingNames.Bound), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(driver, TrackingNames.TypeGraph), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void With_a_thousand_files_editing_one_rereads_reparses_and_rebinds_only_that_file()
    {
        var files = Files(1000);
        var compilation = Compilation();
        var driver = CreateDriver(files).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(files[500], new InMemoryText(files[500].Path, "id: t500\nname: Edited\n")).RunGenerators(compilation);

        var documents = Reasons(driver, TrackingNames.Documents);
        Assert.Equal(1, documents.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(999, documents.Count(r => r == IncrementalStepRunReason.Cached));
        var bound = Reasons(driver, TrackingNames.Bound);
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(999, bound.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_file_regenerates_only_its_own_collection()
    {
        var files = Files(1000).Append(new InMemoryText("/repo/data/books/b.yaml", "id: b\ntext: texts/b.txt\n")).ToList();
        var compilation = Compilation();
        var driver = CreateDriver(files).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(files[500], new InMemoryText(files[500].Path, "id: t500\nname: Edited\n")).RunGenerators(compilation);

        // The Collections step rebuilds every collection's model from all bound files (one Collect), but
        // only a collection whose model changed is emitted again: here Things, not Books.
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Collections));
    }
}
