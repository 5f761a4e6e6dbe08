using System.Reflection;
using DefenceData.Testing;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// Readable and compact emission (DefenceDataEmitMode): the same data gives the same values and the
/// same public surface in both modes; large collections switch to compact mode on their own.
/// </summary>
public sealed class EmitModeTests
{
    private static readonly (string Path, string Text)[] s_files =
    [
        ("/repo/data/books/book.yaml", "id: book\ntext: texts/book.txt\n"),
        ("/repo/data/texts/book.txt", "The quick brown fox jumps over the lazy dog."),
        ("/repo/data/things/a.yaml", "id: a\nname: A\nsize: 3\nweight: -7\nactive: true\nprice: 1.250\nratio: 2.5e3\nwhen: 2025-07\ncolour: dark-blue\ntags: [NO, on, '0123', 1.10, 2025-07-23]\nparentId: b\nnotes:\n  - bookId: book\n    quote: quick brown\n  - bookId: book\n    quote: lazy dog\n"),
        ("/repo/data/things/b.yaml", "- id: b\n  name: \"Quotes \\\" and \\\\ and */ and {braces} and # and \u00e9\u20ac\U0001F600\"\n  friendIds: [a, 2nd-thing]\n  size: ~\n  when: 2025\n- id: 2nd-thing\n  name: Second\n  weight: 9223372036854775807\n  ratio: -0.1\n  when: 2025-11-04\n  tags: []\n  notes:\n    - bookId: book\n      quote: quick brown\n"),
        ("/repo/data/things/c.yaml", "id: c\nname: a\nsize: -2147483648\nprice: -79228162514264337593543950335\nactive: false\ncolour: red\n"),
    ];

    // A book for the fixture's other collection: a compact collection with no records does not compile yet.
    private static readonly (string Path, string Text)[] s_book = s_files[..2];

    // The fixture compiled once per mode for every test here that reads it.
    private static readonly Lazy<(byte[] Image, Assembly Assembly, string Source)> s_readable = new(() => Compile(s_files, "readable"));

    private static readonly Lazy<(byte[] Image, Assembly Assembly, string Source)> s_compact = new(() => Compile(s_files, "compact"));

    private static (Assembly Assembly, string Source) Readable => (s_readable.Value.Assembly, s_readable.Value.Source);

    private static (Assembly Assembly, string Source) Compact => (s_compact.Value.Assembly, s_compact.Value.Source);

    private static (Assembly Assembly, string Source) Build((string Path, string Text)[] files, string? mode)
    {
        var (_, assembly, source) = Compile(files, mode);
        return (assembly, source);
    }

    private static (byte[] Image, Assembly Assembly, string Source) Compile((string Path, string Text)[] files, string? mode)
    {
        var (result, output) = Run(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)), emitMode: mode);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // The collection's sources: in compact mode its index, decoders and one source per bucket of files.
        var source = string.Concat(result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Fixture.Things.", StringComparison.Ordinal) && !t.FilePath.EndsWith(".Ids.g.cs", StringComparison.Ordinal) && !t.FilePath.EndsWith(".Metadata.g.cs", StringComparison.Ordinal))
            .OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => t.GetText().ToString()));
        var image = CompiledFixture.Emit(output);
        return (image, CompiledFixture.Load(image), source);
    }

    private static string[] Rendered(Assembly assembly, string collection) =>
        CompiledFixture.All(assembly, collection).Select(RecordRendering.Render).ToArray();

    private static object? Invoke(Assembly assembly, string method, params object?[] arguments) =>
        assembly.GetType("Fixture.Things")!.GetMethod(method)!.Invoke(null, arguments);

    [Fact]
    public void Compact_mode_writes_records_into_a_UTF8_literal()
    {
        var (_, source) = Compact;
        Assert.Contains("\"u8;", source, StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Fixture.Thing\n    {\n        Id = \"a\"", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Readable_mode_writes_one_initializer_per_record()
    {
        var (_, source) = Readable;
        Assert.DoesNotContain("u8", source, StringComparison.Ordinal);
        Assert.Contains("Id = \"a\",", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_modes_load_the_same_values()
    {
        var (readable, _) = Readable;
        var (compact, _) = Compact;
        Assert.Equal(Rendered(readable, "Fixture.Things"), Rendered(compact, "Fixture.Things"));
        Assert.Equal(Rendered(readable, "Fixture.Books"), Rendered(compact, "Fixture.Books"));
    }

    [Fact]
    public void Booleans_load_the_same_in_both_modes()
    {
        (string Path, string Text)[] files = [.. s_book, ("/repo/data/things/t.yaml", "- id: t\n  name: T\n  active: true\n- id: f\n  name: F\n  active: false\n")];
        Assert.Equal(Rendered(Build(files, "readable").Assembly, "Fixture.Things"), Rendered(Build(files, "compact").Assembly, "Fixture.Things"));
    }

    [Fact]
    public void Doubles_load_the_same_in_both_modes()
    {
        (string Path, string Text)[] files = [.. s_book, ("/repo/data/things/r.yaml", "- id: r\n  name: R\n  ratio: 2.5e3\n  size: 7\n- id: s\n  name: S\n  ratio: -0.1\n  size: 8\n")];
        Assert.Equal(Rendered(Build(files, "readable").Assembly, "Fixture.Things"), Rendered(Build(files, "compact").Assembly, "Fixture.Things"));
    }

    [Fact]
    public void A_nested_record_outside_a_list_loads_the_same_in_both_modes()
    {
        var source = FixtureSource
            .Replace("public IReadOnlyList<Note> Notes { get; init; } = [];", "public IReadOnlyList<Note> Notes { get; init; } = [];\n            public Box? Box { get; init; }")
            .Replace("public sealed record Note", "public sealed record Box { public int Width { get; init; } }\n\n        public sealed record Note");
        var files = s_book.Append((Path: "/repo/data/things/b.yaml", Text: "id: b\nname: B\nbox:\n  width: 3\n")).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToArray();
        var readable = CompiledFixture.Load(Run(files, source, emitMode: "readable").Output);
        var compact = CompiledFixture.Load(Run(files, source, emitMode: "compact").Output);

        Assert.Equal(3, CompiledFixture.Property(CompiledFixture.Property(CompiledFixture.All(readable, "Fixture.Things").Single(), "Box")!, "Width"));
        Assert.Equal(Rendered(readable, "Fixture.Things"), Rendered(compact, "Fixture.Things"));
    }

    [Fact]
    public void Both_modes_have_the_same_public_surface()
    {
        static string[] Surface(Assembly assembly) =>
            assembly.GetType("Fixture.Things")!.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(m => m.MemberType + " " + m + (m is PropertyInfo p ? " " + p.PropertyType : ""))
                .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Surface(Readable.Assembly), Surface(Compact.Assembly));
    }

    [Fact]
    public void Compact_lookups_find_every_record_and_only_those()
    {
        var (assembly, _) = Compact;
        foreach (var id in new[] { "a", "b", "c", "2nd-thing" })
        {
            var arguments = new object?[] { id, null };
            Assert.True((bool)Invoke(assembly, "TryGet", arguments)!);
            Assert.Equal(id, CompiledFixture.Property(arguments[1]!, "Id"));
            Assert.Same(arguments[1], Invoke(assembly, "Get", id));
        }

        Assert.False((bool)Invoke(assembly, "TryGet", "d", null)!);
        Assert.False((bool)Invoke(assembly, "TryGet", "", null)!);
        Assert.False((bool)Invoke(assembly, "TryGet", "\u00e1", null)!);
        var thrown = Assert.Throws<TargetInvocationException>(() => Invoke(assembly, "Get", "nobody"));
        Assert.IsType<KeyNotFoundException>(thrown.InnerException);
    }

    [Fact]
    public void Compact_records_are_decoded_once_and_shared_by_every_way_in()
    {
        var (assembly, _) = Compact;
        var named = assembly.GetType("Fixture.Things")!.GetProperty("A")!.GetValue(null);
        var all = CompiledFixture.All(assembly, "Fixture.Things");
        var byId = (System.Collections.IDictionary)assembly.GetType("Fixture.Things")!.GetProperty("ById")!.GetValue(null)!;
        Assert.Same(named, all.Single(r => (string)CompiledFixture.Property(r, "Id")! == "a"));
        Assert.Same(named, byId["a"]);
    }

    [Fact]
    public void Compact_records_first_decoded_by_many_threads_at_once_are_one_instance_each()
    {
        // Each round loads a fresh copy of the compiled fixture, so every record is decoded for the
        // first time while the threads, released together, are all asking for it.
        string[] ids = ["2nd-thing", "a", "b", "c"];
        for (var round = 0; round < 40; round++)
        {
            var get = CompiledFixture.Load(s_compact.Value.Image).GetType("Fixture.Things")!.GetMethod("Get")!;
            var seen = Threads.AllAtOnce(Threads.Many, () => ids.Select(id => get.Invoke(null, [id])).ToArray());
            Assert.All(seen, records => Assert.Equal(seen[0], records, ReferenceEqualityComparer.Instance));
        }
    }

    [Fact]
    public void Compact_output_is_byte_identical_for_any_file_order()
    {
        Assert.Equal(Compact.Source, Build(s_files.Reverse().ToArray(), "compact").Source);
    }

    [Fact]
    public void A_few_thousand_records_switch_to_compact_mode_and_load_exactly()
    {
        const int count = 3000;
        var files = new List<(string Path, string Text)> { s_files[0], s_files[1] };
        for (var f = 0; f < count / 100; f++)
        {
            var yaml = new System.Text.StringBuilder();
            for (var i = f * 100; i < (f + 1) * 100; i++)
            {
                yaml.Append($"- id: t{i}\n  name: Thing {i} \u00e9\n  size: {i - 1500}\n  weight: {(long)i * 1_000_000_007}\n  colour: {(i % 2 == 0 ? "red" : "dark-blue")}\n");
                yaml.Append(i % 3 == 0 ? $"  when: 2025-{1 + (i % 12):D2}\n" : "").Append(i > 0 ? $"  parentId: t{i - 1}\n" : "");
                yaml.Append($"  tags: [shared, tag{i % 7}, caf\u00e9]\n  notes:\n    - bookId: book\n      quote: lazy dog\n");
            }

            files.Add(($"/repo/data/things/f{f}.yaml", yaml.ToString()));
        }

        var (compact, source) = Build(files.ToArray(), mode: null);
        Assert.True(source.Split("private static class __Bucket").Length > 10); // The 30 files spread over buckets.
        Assert.Equal(count, CompiledFixture.All(compact, "Fixture.Things").Count);

        // Each record against what its YAML says (a readable build of this size would cost more than all the rest here).
        for (var i = 0; i < count; i++)
        {
            var arguments = new object?[] { $"t{i}", null };
            Assert.True((bool)Invoke(compact, "TryGet", arguments)!);
            var record = arguments[1]!;
            Assert.Equal(
                ($"Thing {i} \u00e9", (int?)(i - 1500), (long)i * 1_000_000_007, i % 2 == 0 ? "Red" : "DarkBlue", i % 3 == 0 ? new PartialDate(2025, 1 + (i % 12)) : (PartialDate?)null, i > 0 ? $"t{i - 1}" : null),
                ((string)CompiledFixture.Property(record, "Name")!, (int?)CompiledFixture.Property(record, "Size"), (long)CompiledFixture.Property(record, "Weight")!,
                    CompiledFixture.Property(record, "Colour")!.ToString(), (PartialDate?)CompiledFixture.Property(record, "When"), (string?)CompiledFixture.Property(record, "ParentId")));
            Assert.Equal(["shared", $"tag{i % 7}", "caf\u00e9"], (IReadOnlyList<string>)CompiledFixture.Property(record, "Tags")!);
            Assert.Equal("[Note{BookId=\"book\";Quote=\"lazy dog\";},]", RecordRendering.Render(CompiledFixture.Property(record, "Notes")));
            Assert.Equal(
                (false, (decimal?)null, 0d, 0),
                ((bool)CompiledFixture.Property(record, "Active")!, (decimal?)CompiledFixture.Property(record, "Price"), (double)CompiledFixture.Property(record, "Ratio")!,
                    ((IReadOnlyList<string>)CompiledFixture.Property(record, "FriendIds")!).Count));
        }
    }

    [Fact]
    public void A_file_goes_into_the_same_bucket_whatever_its_folder_or_path_separator()
    {
        Assert.Equal(Emit.CompactBuckets.Of("/repo/data/events/events-00250.yaml"), Emit.CompactBuckets.Of(@"C:\work\data\events\events-00250.yaml"));
        Assert.Equal(Emit.CompactBuckets.Of("events-00250.yaml"), Emit.CompactBuckets.Of("/elsewhere/events-00250.yaml"));
    }

    [Fact]
    public void Only_buckets_that_hold_records_get_a_source()
    {
        // A file whose one record fails, in a bucket no other file of the fixture is in.
        var held = new[] { "a.yaml", "b.yaml", "c.yaml" }.Select(Emit.CompactBuckets.Of).Distinct().ToList();
        var failing = Enumerable.Range(0, 100).Select(i => $"failing{i}.yaml").First(n => !held.Contains(Emit.CompactBuckets.Of(n)));
        var files = s_files.Append((Path: $"/repo/data/things/{failing}", Text: "id: d\nname: D\nsize: many\n"));

        var (result, _) = Run(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)), emitMode: "compact");
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0004");
        var buckets = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Where(n => n.StartsWith("Fixture.Things.Bucket", StringComparison.Ordinal)).ToList();
        Assert.Equal(held.Select(b => $"Fixture.Things.{Emit.CompactBuckets.Name(b)}.g.cs").Order(), buckets.Order());
    }

    // Two file names in different buckets.
    private static (string First, string Second) FilesInTwoBuckets()
    {
        var names = Enumerable.Range(0, 100).Select(i => $"f{i}.yaml").ToList();
        var first = names[0];
        return (first, names.First(n => Emit.CompactBuckets.Of(n) != Emit.CompactBuckets.Of(first)));
    }

    [Fact]
    public void A_string_files_in_two_buckets_hold_is_stored_once_and_decoded_once()
    {
        var (first, second) = FilesInTwoBuckets();
        (string Path, string Text)[] files =
        [
            s_files[0], s_files[1],
            ($"/repo/data/things/{first}", "id: a\nname: A\ntags: [held by both buckets]\n"),
            ($"/repo/data/things/{second}", "id: b\nname: B\ntags: [held by both buckets]\n"),
        ];

        var (compact, source) = Build(files, "compact");
        Assert.Equal(1, source.Split("held by both buckets").Length - 1);
        var tags = new[] { "a", "b" }.Select(id => ((IReadOnlyList<string>)CompiledFixture.Property(Invoke(compact, "Get", id)!, "Tags")!)[0]).ToList();
        Assert.Same(tags[0], tags[1]);
    }

    [Fact]
    public void A_string_one_file_holds_twice_stays_in_its_bucket()
    {
        var (first, _) = FilesInTwoBuckets();
        (string Path, string Text)[] files =
        [
            s_files[0], s_files[1],
            ($"/repo/data/things/{first}", "- id: a\n  name: A\n  tags: [twice in one file]\n- id: b\n  name: B\n  tags: [twice in one file]\n"),
        ];

        var (compact, source) = Build(files, "compact");
        var strings = source.Substring(source.IndexOf("private static class __Strings", StringComparison.Ordinal));
        Assert.DoesNotContain("twice in one file", strings.Substring(0, strings.IndexOf("\n}", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(1, source.Split("twice in one file").Length - 1);
        Assert.Equal(["twice in one file"], (IReadOnlyList<string>)CompiledFixture.Property(Invoke(compact, "Get", "b")!, "Tags")!);
    }

    [Fact]
    public void A_collection_without_records_compiles_and_is_empty_in_compact_mode()
    {
        var (compact, _) = Build([s_files[0], s_files[1]], "compact");
        Assert.Empty(CompiledFixture.All(compact, "Fixture.Things"));
        Assert.False((bool)Invoke(compact, "TryGet", "a", null)!);
    }

    [Fact]
    public void A_record_larger_than_a_data_chunk_has_a_chunk_of_its_own_and_loads_exactly()
    {
        var big = new string('x', 60_000);
        (string Path, string Text)[] files =
        [
            s_files[0], s_files[1],
            ("/repo/data/things/all.yaml", $"- id: a\n  name: A\n- id: m\n  name: {big}\n  tags: [{big}\u00e9]\n- id: z\n  name: Z\n"),
        ];

        var (compact, source) = Build(files, "compact");
        var (readable, _) = Build(files, "readable");

        // The bucket's tables in chunk 0, a in chunk 1, m (about 120 KB) alone in chunk 2, z in chunk 3.
        Assert.Contains("case 3: return \"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("case 4: return \"", source, StringComparison.Ordinal);
        Assert.Equal(Rendered(readable, "Fixture.Things"), Rendered(compact, "Fixture.Things"));
        Assert.True((bool)Invoke(compact, "TryGet", "z", null)!);
    }

    [Fact]
    public void A_shared_string_larger_than_a_data_chunk_loads_exactly()
    {
        var big = new string('\u00e9', 40_000); // 80,000 bytes of UTF-8, held by two records.
        (string Path, string Text)[] files =
        [
            s_files[0], s_files[1],
            ("/repo/data/things/big.yaml", $"- id: a\n  name: A\n  tags: [{big}]\n- id: b\n  name: B\n  tags: [{big}]\n"),
        ];

        var (compact, source) = Build(files, "compact");
        var (readable, _) = Build(files, "readable");

        Assert.Contains("case 2: return \"", source, StringComparison.Ordinal); // The string alone in chunk 1, after the tables.
        Assert.Equal(Rendered(readable, "Fixture.Things"), Rendered(compact, "Fixture.Things"));
    }

    [Fact]
    public void A_type_with_more_than_64_properties_loads_the_same_in_both_modes()
    {
        var properties = string.Concat(Enumerable.Range(0, 70).Select(i => $"    public string? P{i} {{ get; init; }} = \"default\";\n"));
        var source = "using DefenceData.Annotations;\nnamespace Fixture;\n\npublic sealed partial record Wide\n{\n    public required string Id { get; init; }\n"
            + properties + "}\n\n[DataCollection(typeof(Wide), \"wides\")]\npublic static partial class Wides;\n";
        var yaml = "- id: a\n  p0: x\n  p65: y\n  p69: ~\n- id: b\n  p69: ~\n  p65: w\n  p0: v\n- id: c\n  p66: z\n";

        string[] Load(string mode)
        {
            var (result, output) = Run([new InMemoryText("/repo/data/wides/w.yaml", yaml)], source, emitMode: mode);
            Assert.Empty(result.Diagnostics);
            return Rendered(CompiledFixture.Load(output), "Fixture.Wides");
        }

        var compact = Load("compact");
        Assert.Equal(Load("readable"), compact);
        Assert.Contains("P69=null;", compact[0], StringComparison.Ordinal);
        Assert.Contains("P68=\"default\";", compact[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_mode_needs_a_runtime_with_Encoding_Latin1()
    {
        var withoutLatin1 = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Old",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace System.Text { public abstract class Encoding { public static Encoding UTF8 => null; } }")]);

        Assert.True(DefenceData.Generators.Emit.EmitModes.CompactApisAvailable(Compilation()));
        Assert.False(DefenceData.Generators.Emit.EmitModes.CompactApisAvailable(withoutLatin1));
    }

    /// <summary>The generated Things class for <paramref name="count"/> minimal records, under a DefenceDataNamedMembers setting.</summary>
    private static string ThingsSource(int count, string? namedMembers)
    {
        var yaml = string.Concat(Enumerable.Range(0, count).Select(i => $"- id: t{i}\n  name: T\n"));
        var result = Run([new InMemoryText("/repo/data/things/all.yaml", yaml)], namedMembers: namedMembers).Result;
        return result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Fixture.Things.g.cs", StringComparison.Ordinal)).GetText().ToString();
    }

    [Fact]
    public void Collections_below_the_threshold_have_a_named_member_per_record()
    {
        Assert.Contains("public static global::Fixture.Thing T5 =>", ThingsSource(999, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Collections_at_the_threshold_have_no_named_members_by_default()
    {
        Assert.DoesNotContain("public static global::Fixture.Thing T5 =>", ThingsSource(1000, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Named_members_can_be_asked_for_at_any_size()
    {
        Assert.Contains("public static global::Fixture.Thing T5 =>", ThingsSource(1000, "always"), StringComparison.Ordinal);
    }

    [Fact]
    public void Named_members_can_be_turned_off()
    {
        Assert.DoesNotContain("public static global::Fixture.Thing T5 =>", ThingsSource(10, "never"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_mode_is_not_used_below_CSharp_11()
    {
        var files = s_files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text));
        var driver = CreateDriver(files, emitMode: "compact", languageVersion: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10).RunGenerators(Compilation());
        var things = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Fixture.Things.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain("u8", things.GetText().ToString(), StringComparison.Ordinal);
    }
}
