using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// <c>scale --records N [--runs R] [--build-runs B] [--per-file F] [--keep]</c>: writes seeded synthetic
/// data of N events, builds one throwaway project per way of shipping it (our generator, naive
/// initializers, System.Text.Json source-gen over embedded JSON, YamlDotNet at run time) and the
/// allocation floor (the same records allocated from text already split in memory) in a temp
/// directory, and measures them side by side, each run in a fresh process. Prints a table, then
/// one JSON line of medians.
/// </summary>
internal static class ScaleCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ScaleOptions.Parse(args, out var refusal) is not { } options)
        {
            if (refusal is not null)
            {
                error.WriteLine(refusal);
                error.WriteLine(ScaleOptions.Usage);
                return 2;
            }

            output.WriteLine(ScaleOptions.Usage);
            return 0;
        }

        var (records, runs, buildRuns, perFile, keep) = options;

        var paths = Paths();
        var root = Path.Combine(Path.GetTempPath(), "defencedata-scale-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        error.WriteLine($"scale: {records} records in {root}");
        try
        {
            var data = SyntheticData.Create(records, Path.Combine(Metadata("RepositoryRoot"), "data", "sources", "articles"));
            data.WriteDataDirectory(Path.Combine(root, "data"), perFile);
            ScaleProjects.Write(root, data, paths);

            var builds = ScaleProjects.All.ToDictionary(v => v, _ => new List<double>());
            foreach (var variant in ScaleProjects.All)
            {
                error.WriteLine($"scale: restoring {variant}");
                ProcessRunner.Run("dotnet", ["restore", Csproj(root, variant), "-v:q"], root);
            }

            // Builds interleaved, so load from elsewhere on the machine falls on every variant alike.
            for (var run = 0; run < buildRuns; run++)
            {
                foreach (var variant in ScaleProjects.All.Where(v => run == 0 || v is ScaleProjects.Generated or ScaleProjects.Naive))
                {
                    error.WriteLine($"scale: building {variant} ({run + 1}/{buildRuns})");
                    var (_, elapsed) = ProcessRunner.Run("dotnet",
                        ["build", Csproj(root, variant), "-c", "Release", "--no-restore", "--no-incremental", "-p:UseSharedCompilation=false", "-v:q", "-nologo"], root, capMemory: true);
                    builds[variant].Add(elapsed.TotalSeconds);
                }
            }

            var results = ScaleProjects.All.ToDictionary(v => v, _ => new List<JsonElement>());
            var firstLookups = new List<double>();
            var someId = data.Events[data.Events.Count / 2].Id;
            for (var run = 0; run < runs; run++)
            {
                foreach (var variant in ScaleProjects.All)
                {
                    error.WriteLine($"scale: running {variant} ({run + 1}/{runs})");
                    results[variant].Add(LastJsonLine(ProcessRunner.Run("dotnet", [Dll(root, variant)], root).Output));
                }

                firstLookups.Add(LastJsonLine(ProcessRunner.Run("dotnet", [Dll(root, ScaleProjects.Generated), someId], root).Output).GetProperty("firstLookupMs").GetDouble());
            }

            var checks = results.Values.SelectMany(r => r).Select(r => r.GetProperty("check").GetInt64()).Distinct().ToList();
            if (checks.Count != 1)
            {
                throw new InvalidOperationException("The variants loaded different data: checksums " + string.Join(", ", checks));
            }

            double Cold(string v) => Median(results[v].Select(r => r.GetProperty("coldStartMs").GetDouble()));
            long Retained(string v) => (long)Median(results[v].Select(r => (double)r.GetProperty("retainedBytes").GetInt64()));
            var lookupNs = Median(results[ScaleProjects.Generated].Select(r => r.GetProperty("lookupNs").GetDouble()));

            var table = new StringBuilder();
            table.AppendLine(Invariant($"{records:N0} events, {data.People.Count:N0} people, {data.Sources.Count} sources; medians of {runs} runs (builds: {buildRuns}), each run a fresh process"));
            table.AppendLine();
            table.AppendLine("| variant | cold start to first full scan (ms) | build (s) | retained (MB) |");
            table.AppendLine("|---|---:|---:|---:|");
            foreach (var v in ScaleProjects.All)
            {
                table.AppendLine(Invariant($"| {v} | {Cold(v):F1} | {Median(builds[v]):F1} | {Retained(v) / 1048576.0:F1} |"));
            }

            table.AppendLine();
            table.AppendLine(Invariant($"generated: lookup by id {lookupNs:F1} ns (warm); first lookup in a fresh process {Median(firstLookups):F2} ms"));
            table.AppendLine(Invariant($"allocation floor: generated/allocationFloor {Cold(ScaleProjects.Generated) / Cold(ScaleProjects.Floor):F2}x; the floor itself is {Cold(ScaleProjects.SystemTextJson) / Cold(ScaleProjects.Floor):F1}x sooner than systemTextJson and {Cold(ScaleProjects.YamlDotNet) / Cold(ScaleProjects.Floor):F1}x sooner than yamlDotNet"));
            table.AppendLine(Invariant($"ratios: cold start systemTextJson/generated {Cold(ScaleProjects.SystemTextJson) / Cold(ScaleProjects.Generated):F1}x (target >= 10), yamlDotNet/generated {Cold(ScaleProjects.YamlDotNet) / Cold(ScaleProjects.Generated):F1}x (target >= 100); build generated/naiveInitializers {Median(builds[ScaleProjects.Generated]) / Median(builds[ScaleProjects.Naive]):F2} (target <= 0.4)"));
            output.WriteLine(table.ToString());

            var json = new Dictionary<string, object>
            {
                ["records"] = records,
                ["coldStartMs"] = ScaleProjects.All.ToDictionary(v => v, v => Math.Round(Cold(v), 2)),
                ["buildSeconds"] = new Dictionary<string, double>
                {
                    [ScaleProjects.Generated] = Math.Round(Median(builds[ScaleProjects.Generated]), 2),
                    [ScaleProjects.Naive] = Math.Round(Median(builds[ScaleProjects.Naive]), 2),
                },
                ["lookupNs"] = Math.Round(lookupNs, 1),
                ["retainedBytes"] = ScaleProjects.All.ToDictionary(v => v, Retained),
            };
            output.WriteLine(JsonSerializer.Serialize(json));
            return 0;
        }
        finally
        {
            if (keep)
            {
                error.WriteLine($"scale: kept {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string Csproj(string root, string variant) => Path.Combine(root, variant, "Scale." + variant + ".csproj");

    private static string Dll(string root, string variant) => Path.Combine(root, variant, "bin", "Release", "net10.0", "Scale." + variant + ".dll");

    private static JsonElement LastJsonLine(string output) =>
        JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith('{'))).RootElement.Clone();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Metadata(string key) =>
        typeof(ScaleCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    private static ScalePaths Paths()
    {
        var paths = new ScalePaths(Metadata("GeneratorAssembly"), Metadata("GeneratorYamlDotNet"), typeof(PartialDate).Assembly.Location);
        foreach (var file in new[] { paths.Generator, paths.GeneratorYamlDotNet, paths.DefenceData })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException("Build the solution first (dotnet build -c Release); not found: " + file);
            }
        }

        return paths;
    }
}
