using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// <c>scale --records N[,N...] …</c> (<see cref="ScaleOptions.Usage"/>): for each size in turn, writes
/// seeded synthetic data of N events, builds one throwaway project per way of shipping it (our
/// generator, naive initializers, System.Text.Json source-gen over embedded JSON, YamlDotNet at run
/// time) and the allocation floor (the same records allocated from text already split in memory)
/// and measures them side by side, each run in a fresh process (<see cref="SizeRun"/>); then the
/// generator's incremental run after a one-file edit (<see cref="IncrementalEdit"/>). Prints a table
/// per size as soon as it is measured, the generated variant's curve, and one JSON line last.
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

        var paths = Paths();
        var articles = Path.Combine(Metadata("RepositoryRoot"), "data", "sources", "articles");
        var root = Path.Combine(Path.GetTempPath(), "defencedata-scale-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        error.WriteLine($"scale: sizes {string.Join(", ", options.Sizes)} in {root}");
        try
        {
            var sizes = new List<SizeResult>();
            Dictionary<string, object>? incremental = null;
            foreach (var records in options.Sizes)
            {
                var dir = SizeDirectory(root, records);
                var size = new SizeRun(options, records, dir, paths, error).Measure(articles);
                output.WriteLine(ScaleReport.SizeTable(size, options));
                output.Flush();
                sizes.Add(size);
                if (records == options.IncrementalSize)
                {
                    incremental = MeasureIncremental(dir, records, options, output, error);
                }

                Clean(dir, options.Keep);
            }

            if (options.IncrementalSize is not { } incrementalSize)
            {
                var reason = options.SkipIncremental ? "--incremental none" : $"no size <= {ScaleOptions.DefaultIncrementalMax} in --records; pass --incremental N";
                output.WriteLine("incremental edit: skipped: " + reason);
                incremental = new Dictionary<string, object> { ["skipped"] = reason };
            }
            else if (incremental is null)
            {
                // A size of its own, not on the curve: only its data and the generated project are needed.
                var dir = SizeDirectory(root, incrementalSize);
                var run = new SizeRun(options, incrementalSize, dir, paths, error);
                run.Prepare(articles, [ScaleProjects.Generated]);
                run.Restore(ScaleProjects.Generated);
                incremental = MeasureIncremental(dir, incrementalSize, options, output, error);
                Clean(dir, options.Keep);
            }

            if (sizes.Count > 1)
            {
                output.WriteLine();
                output.WriteLine(ScaleReport.Curve(sizes));
            }

            output.WriteLine(ScaleReport.Json(sizes, options, incremental));
            return 0;
        }
        finally
        {
            if (options.Keep)
            {
                error.WriteLine($"scale: kept {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Edits one events file in the middle of the data directory (events-00250.yaml of 500 at 50,000 records).</summary>
    private static Dictionary<string, object> MeasureIncremental(string dir, int records, ScaleOptions options, TextWriter output, TextWriter error)
    {
        var events = Directory.GetFiles(Path.Combine(dir, "data", "events"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var edited = events[events.Length / 2];
        error.WriteLine($"scale: {records} records: incremental edit of {Path.GetFileName(edited)} ({options.Runs} runs)");
        var figure = IncrementalEdit.Measure(ScaleProjects.Csproj(dir, ScaleProjects.Generated), edited, options.Runs, dir, out var account);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"at {records:N0} records, ") + account);
        output.WriteLine();
        var json = new Dictionary<string, object> { ["records"] = records };
        foreach (var property in figure.EnumerateObject())
        {
            json[property.Name] = property.Value;
        }

        return json;
    }

    private static string SizeDirectory(string root, int records) => Path.Combine(root, records.ToString(CultureInfo.InvariantCulture));

    private static void Clean(string dir, bool keep)
    {
        if (!keep)
        {
            Directory.Delete(dir, recursive: true);
        }
    }

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
