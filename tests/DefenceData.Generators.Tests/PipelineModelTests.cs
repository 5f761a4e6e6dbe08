using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// The pipeline caches because its models are plain equatable values: no compilation object inside,
/// and an edit that changes nothing the data says (a YAML comment) changes no model after binding.
/// </summary>
public sealed class PipelineModelTests
{
    private static readonly Type[] s_forbidden = [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(Location), typeof(SyntaxTree), typeof(SemanticModel)];

    // Every step the generator names (TrackingNames' constants), so a new step is walked without an edit here.
    private static readonly string[] s_steps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static List<AdditionalText> Files() =>
    [
        new InMemoryText("/repo/data/things/a.yaml", "# first draft\nid: a\nname: A # the first\nwhen: 2025-07\ncolour: dark-blue\ntags: [x, y]\nfriendIds: [b]\nnotes:\n  - bookId: b1\n    quote: some words\n"),
        new InMemoryText("/repo/data/things/b.yaml", "id: b\nname: B\nsize: 3\n"),
        new InMemoryText("/repo/data/books/b1.yaml", "id: b1\ntext: texts/b1.txt\n"),
        new InMemoryText("/repo/data/texts/b1.txt", "Here are some words of the book."),
        new InMemoryText("/repo/data/codes/colours.tsv", "CODE\tNAME\nDB\tdark-blue\n"),
    ];

    private static GeneratorDriver RunTwice(Func<List<AdditionalText>, GeneratorDriver, GeneratorDriver> edit, string? emitMode = null)
    {
        var files = Files();
        // A declared root, so the Roots step has an output, and a codebook table, so the CodebookTables step has one.
        var compilation = Compilation(FixtureSource + "\n[DatasetRoot]\npublic static partial class FixtureData;\n[CodebookTable(\"codes/colours.tsv\")]\npublic static partial class Colours { }\n");
        var driver = CreateDriver(files, DataDirectory, emitMode: emitMode).RunGenerators(compilation);
        return edit(files, driver).RunGenerators(compilation);
    }

    // The fixture's steps in both emit modes: the compact steps (buckets, index, decoders) run only in compact mode.
    private static Dictionary<string, List<IncrementalGeneratorRunStep>> StepsOfBothModes() =>
        new[] { "readable", "compact" }.SelectMany(mode => RunTwice((_, d) => d, mode).GetRunResult().Results[0].TrackedSteps)
            .GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.SelectMany(s => s.Value).ToList());

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver, params string[] steps) =>
        steps.SelectMany(step => driver.GetRunResult().Results[0].TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => (step, o.Reason))
            : []);

    [Fact]
    public void Every_tracked_step_runs_on_the_fixture()
    {
        var tracked = StepsOfBothModes().Where(s => s.Value.SelectMany(r => r.Outputs).Any()).Select(s => s.Key).ToList();
        Assert.All(s_steps, step => Assert.Contains(step, tracked));
        Assert.All(new[] { "readable", "compact" }, mode => Assert.Empty(RunTwice((_, d) => d, mode).GetRunResult().Diagnostics));
    }

    [Fact]
    public void A_comment_only_edit_leaves_every_step_after_binding_cached_or_unchanged()
    {
        var driver = RunTwice((files, d) => d.ReplaceAdditionalText(files[0], new InMemoryText(files[0].Path,
            "# second draft, reviewed\n# against article-004.txt\nid: a\nname: A # first of all\nwhen: 2025-07\ncolour: dark-blue\ntags: [x, y] # two\nfriendIds: [b]\nnotes:\n  - bookId: b1\n    quote: some words\n# end\n")));

        // The edited file is read again and re-bound (its records' locations moved, and diagnostics point at
        // them); nothing the data says changed, so no later step and no output changes.
        Assert.Contains((TrackingNames.Documents, IncrementalStepRunReason.Modified), Reasons(driver, TrackingNames.Documents));
        Assert.All(
            Reasons(driver, TrackingNames.Records, TrackingNames.Validation, TrackingNames.Collections, TrackingNames.Navigations),
            r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.Step + ": " + r.Reason));
        Assert.All(
            driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void An_edit_to_a_value_reaches_the_collections_step()
    {
        var driver = RunTwice((files, d) => d.ReplaceAdditionalText(files[1], new InMemoryText(files[1].Path, "id: b\nname: B\nsize: 4\n")));
        Assert.Contains((TrackingNames.Collections, IncrementalStepRunReason.Modified), Reasons(driver, TrackingNames.Collections));
    }

    [Fact]
    public void No_pipeline_model_holds_a_symbol_compilation_syntax_node_or_location()
    {
        var steps = StepsOfBothModes();
        var outputs = s_steps.SelectMany(step => steps[step]).SelectMany(r => r.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(outputs);

        var seen = new HashSet<Type>();
        foreach (var output in outputs)
        {
            WalkType(output.GetType(), seen, output.GetType().Name);
            WalkValue(output, new HashSet<object>(ReferenceEqualityComparer.Instance), output.GetType().Name);
        }

        // The walk reached the models themselves, not only their wrappers.
        Assert.Contains(seen, t => t.Name == "CollectionShape");
        Assert.Contains(seen, t => t.Name == "BoundObject");
        Assert.Contains(seen, t => t.Name == "DiagnosticInfo");
    }

    [Fact]
    public void The_model_walk_finds_a_symbol_where_there_is_one()
    {
        var e = Assert.ThrowsAny<Exception>(() => WalkType(typeof(Holder), [], nameof(Holder)));
        Assert.Contains("Symbol", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Every type a model can hold: its fields' declared types, generic arguments, array elements and, for an abstract type, every generator type deriving from it.</summary>
    private static void WalkType(Type type, HashSet<Type> seen, string path)
    {
        if (!seen.Add(type))
        {
            return;
        }

        if (s_forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
        {
            throw new Xunit.Sdk.XunitException($"{path} is a {type.Name}, which is a {forbidden.Name}: a pipeline model must not hold one.");
        }

        if (type.IsArray)
        {
            WalkType(type.GetElementType()!, seen, path + "[]");
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            WalkType(argument, seen, path + "<" + argument.Name + ">");
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            || type == typeof(DiagnosticDescriptor))
        {
            return; // Values, and BCL wrappers whose contents are walked through their generic arguments.
        }

        if (type.IsAbstract || type.IsInterface)
        {
            foreach (var derived in type.Assembly.GetTypes().Where(t => t != type && type.IsAssignableFrom(t)))
            {
                WalkType(derived, seen, path + "(" + derived.Name + ")");
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                WalkType(field.FieldType, seen, path + "." + field.Name);
            }
        }
    }

    /// <summary>The values themselves, for what a field's declared type (object, an interface) hides.</summary>
    private static void WalkValue(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is DiagnosticDescriptor || !seen.Add(value))
        {
            return;
        }

        if (s_forbidden.FirstOrDefault(f => f.IsInstanceOfType(value)) is { } forbidden)
        {
            throw new Xunit.Sdk.XunitException($"{path} holds a {forbidden.Name}: a pipeline model must not hold one.");
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                WalkValue(item, seen, path + "[" + i++ + "]");
            }

            return;
        }

        for (var t = value.GetType(); t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                WalkValue(field.GetValue(value), seen, path + "." + field.Name);
            }
        }
    }

    /// <summary>A stand-in model that holds a symbol, to show the walk catches one.</summary>
    private sealed record Holder(ImmutableHolder Inner);

    private sealed record ImmutableHolder(IReadOnlyList<ISymbol> Symbols);
}
