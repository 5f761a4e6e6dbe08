using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DefenceData.Benchmarks.Scale;

/// <summary>The scale command's output: a table per size, the generated variant's curve with its growth, and the JSON line.</summary>
internal static class ScaleReport
{
    /// <summary>Targets of the issue (docs/PERFORMANCE.md): generated cold start over the allocation floor, generated build over naive, growth over linear.</summary>
    public const double FloorTarget = 1.15;

    public const double BuildTarget = 0.35;

    public const double GrowthSlack = 1.1;

    private const double MB = 1024 * 1024;

    /// <summary>One size's table: every variant side by side, then the ratios the issue holds.</summary>
    public static string SizeTable(SizeResult size, ScaleOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{size.Records:N0} events, {size.People:N0} people, {size.Sources} sources; medians of {options.Runs} runs (builds: {options.BuildRuns}), each run a fresh process"));
        text.AppendLine();
        text.AppendLine("| variant | cold start to first full scan (ms) | build (s) | peak csc memory (MB) | retained (MB) |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var v in ScaleProjects.All)
        {
            text.AppendLine(size.Skipped.TryGetValue(v, out var reason)
                ? $"| {v} | skipped: {reason} | | | |"
                : Invariant($"| {v} | {size.ColdStartMs(v):F1} | {size.Build(v):F1} | {size.PeakCompiler(v) / MB:F0} | {size.RetainedBytes(v) / MB:F1} |"));
        }

        text.AppendLine();
        text.AppendLine("where the cold start goes (the runtime's counters over the timed part, medians):");
        foreach (var v in size.Measured)
        {
            text.AppendLine(Invariant($"  {v}: JIT {size.Part(v, "jitMs"):F1} ms ({size.Part(v, "jitMethods"):F0} methods), GC pauses {size.Part(v, "gcPauseMs"):F1} ms ({size.Part(v, "collections"):F0} gen-0 collections), {size.Part(v, "allocatedBytes") / MB:F1} MB allocated"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"generated: generator in csc {size.Generator:F2} s (/reportanalyzer, median of the builds); lookup by id {size.LookupNs:F1} ns (warm); first lookup in a fresh process {size.FirstLookupMs:F2} ms"));
        text.AppendLine(Invariant($"ratios: cold start generated/allocationFloor {Ratio(size.FloorRatio)} (target <= {FloorTarget}); build generated/naiveInitializers {Ratio(size.BuildRatio)} (target <= {BuildTarget})"));
        text.AppendLine(Invariant($"        cold start systemTextJson/generated {Ratio(size.SlowerThanGenerated(ScaleProjects.SystemTextJson))}, yamlDotNet/generated {Ratio(size.SlowerThanGenerated(ScaleProjects.YamlDotNet))}"));
        return text.ToString();
    }

    /// <summary>The generated variant across the sizes, and the growth of each figure from one size to the next against linear (× size ratio × 1.1).</summary>
    public static string Curve(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("generated variant across the sizes:");
        text.AppendLine();
        text.AppendLine("| records | build (s) | generator in csc (s) | peak csc memory (MB) | cold start (ms) | retained (MB) | vs floor | vs naive build |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            text.AppendLine(Invariant($"| {s.Records:N0} | {s.Build(ScaleProjects.Generated):F1} | {s.Generator:F2} | {s.PeakCompiler(ScaleProjects.Generated) / MB:F0} | {s.ColdStartMs(ScaleProjects.Generated):F1} | {s.RetainedBytes(ScaleProjects.Generated) / MB:F1} | {Ratio(s.FloorRatio)} | {Ratio(s.BuildRatio)} |"));
        }

        foreach (var (from, to) in sizes.Zip(sizes.Skip(1)))
        {
            var bound = GrowthSlack * to.Records / from.Records;
            text.AppendLine();
            text.AppendLine(Invariant($"growth {from.Records:N0} -> {to.Records:N0} (records x{(double)to.Records / from.Records:F2}; at most linear: <= {bound:F2}x):"));
            foreach (var (name, growth) in Growth(from, to))
            {
                text.AppendLine(Invariant($"  {name,-20} {growth:F2}x {(growth <= bound ? "ok" : "above linear")}"));
            }
        }

        return text.ToString();
    }

    /// <summary>The last line: one JSON object with an entry per size and the incremental-edit figure.</summary>
    public static string Json(IReadOnlyList<SizeResult> sizes, ScaleOptions options, Dictionary<string, object> incremental) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["runs"] = options.Runs,
            ["buildRuns"] = options.BuildRuns,
            ["perFile"] = options.PerFile,
            ["sizes"] = sizes.Select(SizeJson).ToList(),
            ["growth"] = sizes.Zip(sizes.Skip(1)).Select(p => new Dictionary<string, object>
            {
                ["from"] = p.First.Records,
                ["to"] = p.Second.Records,
                ["bound"] = Math.Round(GrowthSlack * p.Second.Records / p.First.Records, 2),
                ["generated"] = Growth(p.First, p.Second).ToDictionary(g => g.Name, g => Math.Round(g.Growth, 3)),
            }).ToList(),
            ["incremental"] = incremental,
        });

    private static Dictionary<string, object?> SizeJson(SizeResult s)
    {
        var measured = s.Measured.ToList();
        var built = measured.Where(v => s.BuildSeconds[v].Count > 0).ToList();
        return new Dictionary<string, object?>
        {
            ["records"] = s.Records,
            ["coldStartMs"] = measured.ToDictionary(v => v, v => Math.Round(s.ColdStartMs(v), 2)),
            ["buildSeconds"] = built.Where(v => v is ScaleProjects.Generated or ScaleProjects.Naive).ToDictionary(v => v, v => Math.Round(s.Build(v), 2)),
            ["generatorSeconds"] = Math.Round(s.Generator, 3),
            ["peakCompilerBytes"] = built.ToDictionary(v => v, s.PeakCompiler),
            ["retainedBytes"] = measured.ToDictionary(v => v, s.RetainedBytes),
            ["coldStartParts"] = measured.ToDictionary(v => v, v => new[] { "jitMs", "jitMethods", "gcPauseMs", "collections", "allocatedBytes" }.ToDictionary(c => c, c => Math.Round(s.Part(v, c), 2))),
            ["lookupNs"] = Math.Round(s.LookupNs, 1),
            ["firstLookupMs"] = Math.Round(s.FirstLookupMs, 2),
            ["floorRatio"] = Rounded(s.FloorRatio),
            ["buildRatio"] = Rounded(s.BuildRatio),
            ["skipped"] = s.Skipped,
        };
    }

    private static IEnumerable<(string Name, double Growth)> Growth(SizeResult from, SizeResult to)
    {
        const string g = ScaleProjects.Generated;
        yield return ("buildSeconds", to.Build(g) / from.Build(g));
        yield return ("generatorSeconds", to.Generator / from.Generator);
        yield return ("peakCompilerBytes", (double)to.PeakCompiler(g) / from.PeakCompiler(g));
        yield return ("coldStartMs", to.ColdStartMs(g) / from.ColdStartMs(g));
        yield return ("retainedBytes", (double)to.RetainedBytes(g) / from.RetainedBytes(g));
    }

    private static double? Rounded(double ratio) => double.IsNaN(ratio) ? null : Math.Round(ratio, 3);

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "n/a (not measured)" : Invariant($"{ratio:F2}x");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
