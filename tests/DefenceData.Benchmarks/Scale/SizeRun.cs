using System.Globalization;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// One size of the curve, in a directory of its own: writes the synthetic data and the projects,
/// builds every variant measured at this size (the generated and naive ones <c>--build-runs</c>
/// times, interleaved, with the compiler's peak memory and the generator's time in csc), then runs
/// them <c>--runs</c> times in fresh processes, interleaved, and checks they loaded the same data.
/// </summary>
internal sealed class SizeRun(ScaleOptions options, int records, string root, ScalePaths paths, TextWriter log)
{
    /// <summary>Writes the data and the projects of <paramref name="variants"/>.</summary>
    public SyntheticData Prepare(string articlesDirectory, IEnumerable<string> variants)
    {
        var data = SyntheticData.Create(records, articlesDirectory);
        data.WriteDataDirectory(Path.Combine(root, "data"), options.PerFile);
        ScaleProjects.Write(root, data, paths, variants);
        Directory.CreateDirectory(Path.Combine(root, "logs"));
        return data;
    }

    public void Restore(string variant)
    {
        log.WriteLine($"scale: {records} records: restoring {variant}");
        ProcessRunner.Run("dotnet", ["restore", ScaleProjects.Csproj(root, variant), "-v:q"], root);
    }

    public SizeResult Measure(string articlesDirectory)
    {
        var skipped = ScaleProjects.All.Select(v => (Variant: v, Reason: options.SkipReason(v, records))).Where(s => s.Reason is not null).ToList();
        var data = Prepare(articlesDirectory, ScaleProjects.All.Except(skipped.Select(s => s.Variant)));
        var result = new SizeResult(records, data.People.Count, data.Sources.Count);
        var someId = data.Events[data.Events.Count / 2].Id;
        foreach (var (variant, reason) in skipped)
        {
            result.Skipped[variant] = reason!;
            log.WriteLine($"scale: {records} records: skipped {variant}: {reason}");
        }

        foreach (var variant in result.Measured)
        {
            Restore(variant);
        }

        // Builds interleaved, so load from elsewhere on the machine falls on every variant alike.
        for (var run = 0; run < options.BuildRuns; run++)
        {
            foreach (var variant in result.Measured.Where(v => run == 0 || v is ScaleProjects.Generated or ScaleProjects.Naive).ToList())
            {
                Build(result, variant, run);
            }
        }

        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var variant in result.Measured)
            {
                log.WriteLine($"scale: {records} records: running {variant} ({run + 1}/{options.Runs})");
                result.Runs[variant].Add(Stats.LastJsonLine(ProcessRunner.Run("dotnet", [ScaleProjects.Dll(root, variant)], root).Output));
            }

            var lookup = Stats.LastJsonLine(ProcessRunner.Run("dotnet", [ScaleProjects.Dll(root, ScaleProjects.Generated), someId], root).Output);
            result.FirstLookupsMs.Add(lookup.GetProperty("firstLookupMs").GetDouble());
        }

        result.CheckChecksums();
        return result;
    }

    private void Build(SizeResult result, string variant, int run)
    {
        log.WriteLine($"scale: {records} records: building {variant} ({run + 1}/{options.BuildRuns})");
        var buildLog = Path.Combine(root, "logs", $"{variant}-build-{(run + 1).ToString(CultureInfo.InvariantCulture)}.log");
        using var memory = new CompilerMemory();
        TimeSpan elapsed;
        try
        {
            (_, elapsed) = ProcessRunner.Run("dotnet",
                ["build", ScaleProjects.Csproj(root, variant), "-c", "Release", "--no-restore", "--no-incremental",
                 "-p:UseSharedCompilation=false", "-p:ReportAnalyzer=true", "-v:q", "-nologo", $"-flp:verbosity=detailed;logfile={buildLog}"],
                root, capMemory: true, started: memory.Watch);
        }
        catch (InvalidOperationException e) when (variant != ScaleProjects.Generated)
        {
            // A comparison that cannot be built at this size is reported as such; the generated variant's failure ends the run.
            result.Skipped[variant] = "build failed: " + FirstError(e.Message);
            log.WriteLine($"scale: {records} records: {variant} {result.Skipped[variant]}");
            return;
        }

        var peak = memory.Stop()
            ?? throw new InvalidOperationException($"No csc process was seen below the build of {variant}: peak compiler memory needs Linux's /proc and UseSharedCompilation=false.");
        result.BuildSeconds[variant].Add(elapsed.TotalSeconds);
        result.PeakCompilerBytes[variant].Add(peak);
        var generator = variant == ScaleProjects.Generated ? AnalyzerReport.GeneratorSeconds(buildLog) : (double?)null;
        if (generator is { } seconds)
        {
            result.GeneratorSeconds.Add(seconds);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scale: {records} records: built {variant} in {elapsed.TotalSeconds:F2} s, csc peak {peak / 1024} KB{(generator is { } g ? $", generator {g:F3} s" : "")}"));
    }

    private static string FirstError(string message) =>
        message.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("dotnet ", StringComparison.Ordinal))
        ?? message.Split('\n')[0];
}
