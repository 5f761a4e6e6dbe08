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

    /// <summary>
    /// A driver after one full run, shared by the tests that edit it: a driver is immutable, so each
    /// test's edit starts from the same state, and the costly tracked first run is made once.
    /// </summary>
    private sealed record Baseline(List<AdditionalText> Files, Compilation Compilation, GeneratorDriver Driver)
    {
        public static Baseline Of(IEnumerable<AdditionalText> files, string? emitMode = null)
        {
            var list = files.ToList();
            var compilation = GeneratorHarness.Compilation();
            return new Baseline(list, compilation, CreateDriver(list, emitMode: emitMode).RunGenerators(compilation));
        }

        public GeneratorDriver Edit(int file, string text) =>
            Driver.ReplaceAdditionalText(Files[file], new InMemoryText(Files[file].Path, text)).RunGenerators(Compilation);
    }

    private static readonly AdditionalText s_book = new InMemoryText("/repo/data/books/b.yaml", "id: b\ntext: texts/b.txt\n");

    /// <summary>
    /// 1,001 things (compact by default, and one id more than a reference lists) and a book (readable):
    /// the sizes where the defaults change, tracked, so made once.
    /// </summary>
    private static readonly Lazy<Baseline> s_aThousandThingsAndABook = new(() => Baseline.Of(Files(1001).Append(s_book)));

    /// <summary>
    /// 200 things and a book, compact by request: every bucket holds records at this size, and the
    /// bucket tests need no thousand files to show which sources an edit changes.
    /// </summary>
    private static readonly Lazy<Baseline> s_compactThings = new(() => Baseline.Of(Files(ThingsInBuckets).Append(s_book), emitMode: "compact"));

    private const int ThingsInBuckets = 200;

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    [Fact]
    public void With_a_thousand_files_editing_one_rereads_reparses_and_rebinds_only_that_file()
    {
        var driver = s_aThousandThingsAndABook.Value.Edit(500, "id: t500\nname: Edited\n");

        var documents = Reasons(driver, TrackingNames.Documents);
        Assert.Equal(1, documents.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1001, documents.Count(r => r == IncrementalStepRunReason.Cached));
        var bound = Reasons(driver, TrackingNames.Bound);
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1001, bound.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_a_readable_collection_leaves_the_compact_one_unchanged()
    {
        var baseline = s_aThousandThingsAndABook.Value;
        var driver = baseline.Edit(baseline.Files.Count - 1, "id: b\ntext: texts/b2.txt\n");

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Collections));
        Assert.All(Reasons(driver, TrackingNames.Buckets), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void A_new_id_in_a_collection_too_large_to_list_leaves_the_schemas_unchanged()
    {
        var driver = s_aThousandThingsAndABook.Value.Edit(500, "- id: t500\n  name: Thing 500\n- id: t500b\n  name: New\n");

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.IdIndex)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.Schemas)));
    }

    [Fact]
    public void Editing_one_file_of_a_compact_collection_rebuilds_only_its_bucket()
    {
        var driver = s_compactThings.Value.Edit(100, "id: t100\nname: Edited\n");

        // Every bucket's model is compared with the last; only the edited file's bucket differs.
        var buckets = Reasons(driver, TrackingNames.Buckets);
        Assert.True(buckets.Length > 20, buckets.Length + " buckets");
        Assert.Equal(1, buckets.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(buckets.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void A_value_edit_leaves_every_other_generated_source_cached_or_unchanged()
    {
        var driver = s_compactThings.Value.Edit(100, "id: t100\nname: Edited\n");

        var outputs = driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        Assert.All(
            Reasons(driver, TrackingNames.Plans).Concat(Reasons(driver, TrackingNames.CompactIndexes)).Concat(Reasons(driver, TrackingNames.CompactDecoders)).Concat(Reasons(driver, TrackingNames.Schemas)),
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void A_value_edit_changes_the_text_of_one_generated_source_its_bucket()
    {
        var baseline = s_compactThings.Value;
        var before = Sources(baseline.Driver);
        var after = Sources(baseline.Edit(100, "id: t100\nname: Edited\n"));

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        var bucket = Assert.Single(changed);
        Assert.Matches(@"^Fixture\.Things\.Bucket\d\d\.g\.cs$", bucket);
        Assert.Contains("Edited", after[bucket], StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_record_changes_the_index_and_its_bucket_and_no_other_bucket()
    {
        var baseline = s_compactThings.Value;
        var before = Sources(baseline.Driver);
        var after = Sources(baseline.Edit(100, "- id: t100\n  name: Thing 100\n- id: t100b\n  name: New\n"));

        var changed = before.Keys.Where(k => before[k] != after[k]).Order().ToList();
        Assert.Contains("Fixture.Things.g.cs", changed);
        Assert.Contains("Fixture.Things.Ids.g.cs", changed);
        Assert.Single(changed, k => k.Contains(".Bucket", StringComparison.Ordinal));
        Assert.DoesNotContain("Fixture.Things.Decoders.g.cs", changed);
    }

    [Fact]
    public void A_new_object_pattern_in_one_file_changes_the_decoders_and_its_bucket_only()
    {
        var baseline = s_compactThings.Value;
        var before = Sources(baseline.Driver);
        var after = Sources(baseline.Edit(100, "id: t100\nname: Thing 100\nsize: 5\n"));

        var changed = before.Keys.Where(k => before[k] != after[k]).Order().ToList();
        Assert.Contains("Fixture.Things.Decoders.g.cs", changed);
        Assert.Single(changed, k => k.Contains(".Bucket", StringComparison.Ordinal));
        Assert.DoesNotContain("Fixture.Things.g.cs", changed);
        Assert.Equal(2, changed.Count);
    }

    [Fact]
    public void An_edit_that_breaks_a_file_of_a_compact_collection_is_still_reported_at_its_line()
    {
        var driver = s_compactThings.Value.Edit(100, "id: t100\nname: Thing 100\nsize: many\n");

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics, d => d.Location.GetLineSpan().Path == "/repo/data/things/t100.yaml");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("DD", diagnostic.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_edit_rechecks_only_the_edited_file()
    {
        var driver = s_compactThings.Value.Edit(100, "id: t100\nname: Edited\n");

        // Cached: not run again; the edited file's checks ran again (and found nothing new: Unchanged).
        var checks = Reasons(driver, TrackingNames.FileChecks);
        Assert.Equal(ThingsInBuckets + 1, checks.Length);
        Assert.Equal(ThingsInBuckets, checks.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(
            Reasons(driver, TrackingNames.IdIndex).Concat(Reasons(driver, TrackingNames.EvidenceIndex)).Concat(Reasons(driver, TrackingNames.Validation)),
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void A_string_that_comes_to_be_held_by_two_buckets_changes_the_shared_strings_and_those_two_buckets_only()
    {
        var baseline = s_compactThings.Value;
        var before = Sources(baseline.Driver);
        var after = Sources(baseline.Edit(100, "id: t100\nname: Thing 7\n")); // t7's name, in another file.

        // The edited file's bucket, and t7's, whose copy of the string moves to the shared strings.
        var changed = before.Keys.Where(k => before[k] != after[k]).Order().ToList();
        var buckets = new[] { "t100.yaml", "t7.yaml" }.Select(f => $"Fixture.Things.{Emit.CompactBuckets.Name(Emit.CompactBuckets.Of(f))}.g.cs").Distinct();
        Assert.Equal(buckets.Append("Fixture.Things.Strings.g.cs").Order(), changed);
    }
}
