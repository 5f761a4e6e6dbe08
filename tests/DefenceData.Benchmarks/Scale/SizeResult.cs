using System.Text.Json;

namespace DefenceData.Benchmarks.Scale;

/// <summary>Everything measured at one size of the curve; the figures are medians of the runs and builds kept here.</summary>
internal sealed class SizeResult(int records, int people, int sources)
{
    public int Records { get; } = records;

    public int People { get; } = people;

    public int Sources { get; } = sources;

    /// <summary>Variants not measured at this size, with the reason (printed, never a silent gap).</summary>
    public Dictionary<string, string> Skipped { get; } = [];

    public Dictionary<string, List<double>> BuildSeconds { get; } = ScaleProjects.All.ToDictionary(v => v, _ => new List<double>());

    public Dictionary<string, List<long>> PeakCompilerBytes { get; } = ScaleProjects.All.ToDictionary(v => v, _ => new List<long>());

    /// <summary>The generator's time inside csc in each build of the generated variant.</summary>
    public List<double> GeneratorSeconds { get; } = [];

    public Dictionary<string, List<JsonElement>> Runs { get; } = ScaleProjects.All.ToDictionary(v => v, _ => new List<JsonElement>());

    public List<double> FirstLookupsMs { get; } = [];

    public IEnumerable<string> Measured => ScaleProjects.All.Where(v => !Skipped.ContainsKey(v));

    public bool Has(string variant) => !Skipped.ContainsKey(variant);

    public double ColdStartMs(string variant) => Stats.Median(Runs[variant].Select(r => r.GetProperty("coldStartMs").GetDouble()));

    public long RetainedBytes(string variant) => (long)Stats.Median(Runs[variant].Select(r => (double)r.GetProperty("retainedBytes").GetInt64()));

    /// <summary>A median of one of the runtime's counters over the timed part of a variant's runs (JIT, GC pauses, collections, allocations).</summary>
    public double Part(string variant, string counter) => Stats.Median(Runs[variant].Select(r => r.GetProperty(counter).GetDouble()));

    public double Build(string variant) => Stats.Median(BuildSeconds[variant]);

    public long PeakCompiler(string variant) => (long)Stats.Median(PeakCompilerBytes[variant].Select(b => (double)b));

    public double Generator => Stats.Median(GeneratorSeconds);

    public double LookupNs => Stats.Median(Runs[ScaleProjects.Generated].Select(r => r.GetProperty("lookupNs").GetDouble()));

    public double FirstLookupMs => Stats.Median(FirstLookupsMs);

    /// <summary>Generated cold start over the allocation floor's (target ≤ 1.15), or NaN when the floor was not measured.</summary>
    public double FloorRatio => Has(ScaleProjects.Floor) ? ColdStartMs(ScaleProjects.Generated) / ColdStartMs(ScaleProjects.Floor) : double.NaN;

    /// <summary>Generated build over the naive-initializer build (target ≤ 0.35), or NaN when naive was not measured.</summary>
    public double BuildRatio => Has(ScaleProjects.Naive) ? Build(ScaleProjects.Generated) / Build(ScaleProjects.Naive) : double.NaN;

    /// <summary>A variant's cold start over the generated one's, or NaN when it was not measured.</summary>
    public double SlowerThanGenerated(string variant) => Has(variant) ? ColdStartMs(variant) / ColdStartMs(ScaleProjects.Generated) : double.NaN;

    /// <summary>Every variant gave the same checksum over its full scan (they loaded the same data).</summary>
    public void CheckChecksums()
    {
        var checks = Runs.Values.SelectMany(r => r).Select(r => r.GetProperty("check").GetInt64()).Distinct().ToList();
        if (checks.Count != 1)
        {
            throw new InvalidOperationException($"At {Records} records the variants loaded different data: checksums " + string.Join(", ", checks));
        }
    }
}
