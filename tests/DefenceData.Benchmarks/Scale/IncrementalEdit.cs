using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// The incremental-edit figure: the generator in a <see cref="GeneratorDriver"/> that keeps its state
/// between runs, as an IDE keeps it, over the generated variant's own compiler inputs. Full runs
/// (each a fresh driver over a fresh clone of the compilation, after one unmeasured warm-up run that
/// JIT-compiles the generator), then edits of one YAML file, each run on the driver of the run
/// before and the same compilation (an additional file's edit leaves the compilation as it is).
/// The edits alternate between two summaries, so every run sees a change. The timed runs do not track
/// steps (an IDE does not); a separate tracked full run and edit give the step reasons and the sources
/// that changed. Runs in a process of its own (<c>incremental-edit</c>), away from the scale command's heap.
/// </summary>
internal static class IncrementalEdit
{
    public const string Command = "incremental-edit";

    private const string Usage = "Usage: DefenceData.Benchmarks incremental-edit ARGS_FILE PROJECT_DIRECTORY EDITED_YAML RUNS\n" +
        "  (run by the scale command: ARGS_FILE holds csc's command line, one argument a line)";

    /// <summary>Measures in a child process and returns its JSON figure; <paramref name="account"/> is its printed account.</summary>
    public static JsonElement Measure(string csproj, string editedYaml, int runs, string workDirectory, out string account)
    {
        var argsFile = Path.Combine(workDirectory, "csc-args.txt");
        File.WriteAllLines(argsFile, CompilerInputs.Capture(csproj));
        var (output, _) = ProcessRunner.Run("dotnet",
            [typeof(IncrementalEdit).Assembly.Location, Command, argsFile, Path.GetDirectoryName(csproj)!, editedYaml, runs.ToString(CultureInfo.InvariantCulture)],
            workDirectory);
        account = string.Join('\n', output.Split('\n').Where(l => !l.StartsWith('{'))).TrimEnd();
        return Stats.LastJsonLine(output);
    }

    /// <summary>The child process: prints a short account, then one JSON line.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 4 || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var inputs = CompilerInputs.Load(File.ReadAllLines(args[0]), args[1]);
        var edited = inputs.AdditionalTexts.Single(t => Path.GetFullPath(t.Path) == Path.GetFullPath(args[2]));
        var figure = Measure(inputs, edited, runs);
        output.WriteLine(figure.Describe());
        output.WriteLine(JsonSerializer.Serialize(figure.ToJson()));
        return 0;
    }

    private static EditFigure Measure(CompilerInputs inputs, AdditionalText original, int runs)
    {
        var generators = inputs.LoadGenerators();
        GeneratorDriver NewDriver(bool tracked) => CSharpGeneratorDriver.Create(generators, inputs.AdditionalTexts, inputs.ParseOptions, inputs.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: tracked));

        // Timed runs are untracked, as an IDE runs generators: step tracking records each output's whole
        // input tree again on every run, which would be most of what an incremental run costs.
        Timed(NewDriver(tracked: false), inputs.Compilation.Clone(), out _); // Warm-up: loads and JIT-compiles the generator and YamlDotNet.
        var full = new List<double>();
        GeneratorDriver driver = null!;
        Compilation compilation = null!;
        for (var run = 0; run < runs; run++)
        {
            compilation = inputs.Compilation.Clone();
            driver = Timed(NewDriver(tracked: false), compilation, out var ms);
            full.Add(ms);
        }

        var incremental = new List<double>();
        var current = original;
        for (var run = 0; run < runs; run++)
        {
            var next = new MemoryText(original.Path, Edit(original.GetText()!.ToString(), 1 + (run % 2)));
            driver = Timed(driver.ReplaceAdditionalText(current, next), compilation, out var ms);
            incremental.Add(ms);
            current = next;
        }

        // What re-ran and what changed, from a tracked pair of runs (a full run, then the same edit).
        var trackedCompilation = inputs.Compilation.Clone();
        var tracked = NewDriver(tracked: true).RunGenerators(trackedCompilation);
        var before = tracked.GetRunResult();
        tracked = tracked.ReplaceAdditionalText(original, new MemoryText(original.Path, Edit(original.GetText()!.ToString(), 1))).RunGenerators(trackedCompilation);
        var after = tracked.GetRunResult();
        return new EditFigure(
            inputs.AdditionalTexts.Count(t => t.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || t.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)),
            Path.GetFileName(original.Path), full, incremental, ByReason(after.Results[0]), SourceChanges.Between(before, after));
    }

    /// <summary>Runs the driver after a full collection (so one run's garbage does not fall on the next) and fails on any error diagnostic.</summary>
    private static GeneratorDriver Timed(GeneratorDriver driver, Compilation compilation, out double milliseconds)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Stopwatch.GetTimestamp();
        driver = driver.RunGenerators(compilation);
        milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var result = driver.GetRunResult();
        if (result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException("The generator reported an error over the synthetic data: " + error);
        }

        return driver;
    }

    /// <summary>The data file with its first summary (or, if it has none, its first title) replaced: a real change to one record.</summary>
    public static string Edit(string yaml, int edit)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("  summary: ", StringComparison.Ordinal));
        var key = "summary";
        if (index < 0)
        {
            index = Array.FindIndex(lines, l => l.StartsWith("  title: ", StringComparison.Ordinal));
            key = "title";
        }

        lines[index] = $"  {key}: \"Edited {key} {edit.ToString(CultureInfo.InvariantCulture)} (scale incremental-edit)\"";
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Output steps and the generated sources they hold, by the reason the driver gives for each
    /// step output. A source output's value is the tuple of the sources and diagnostics it added
    /// (Roslyn's SourceOutputNode); an output whose value is not such a tuple counts as one source.
    /// </summary>
    private static SortedDictionary<string, ReasonCount> ByReason(GeneratorRunResult result)
    {
        var counts = new SortedDictionary<string, ReasonCount>(StringComparer.Ordinal);
        foreach (var output in result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs))
        {
            var sources = output.Value is ITuple { Length: 2 } tuple && tuple[0] is IEnumerable added ? added.Cast<object>().Count() : 1;
            var count = counts.GetValueOrDefault(output.Reason.ToString()) ?? new ReasonCount(0, 0);
            counts[output.Reason.ToString()] = new ReasonCount(count.Sources + sources, count.Steps + 1);
        }

        return counts;
    }
}
