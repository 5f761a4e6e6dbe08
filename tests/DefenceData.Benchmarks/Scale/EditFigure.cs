using System.Globalization;
using System.Text;

namespace DefenceData.Benchmarks.Scale;

/// <summary>The incremental-edit figure: full and incremental generator runs, and what the edited run changed.</summary>
/// <param name="YamlFiles">YAML files the generator reads.</param>
/// <param name="EditedFile">The file edited between incremental runs.</param>
/// <param name="FullRunsMs">Wall time of each full run (a fresh driver).</param>
/// <param name="IncrementalRunsMs">Wall time of each run after an edit (the driver of the run before).</param>
/// <param name="ByReason">Output steps of the last edited run and the generated sources they hold, by IncrementalStepRunReason.</param>
/// <param name="Changes">Generated source texts of the last edited run against the run before it.</param>
internal sealed record EditFigure(
    int YamlFiles, string EditedFile, IReadOnlyList<double> FullRunsMs, IReadOnlyList<double> IncrementalRunsMs,
    IReadOnlyDictionary<string, ReasonCount> ByReason, SourceChanges Changes)
{
    /// <summary>The target for incremental / full.</summary>
    public const double TargetRatio = 0.1;

    public double FullMs => Stats.Median(FullRunsMs);

    public double IncrementalMs => Stats.Median(IncrementalRunsMs);

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"incremental edit: one of {YamlFiles} YAML files ({EditedFile}) edited; generator in a driver that keeps its state; medians of {FullRunsMs.Count} runs"));
        text.AppendLine(Invariant($"  full run {FullMs:F1} ms, incremental run {IncrementalMs:F1} ms: {IncrementalMs / FullMs:F3}x (target <= {TargetRatio})"));
        text.AppendLine("  generated sources by reason on the output steps of the edited run: " +
            string.Join(", ", ByReason.Select(r => Invariant($"{r.Key} {r.Value.Sources} (of {r.Value.Steps} steps)"))));
        text.Append(Invariant($"  generated source texts against the run before: {Changes.Identical} of {Changes.Total} byte-identical, {Changes.Differing.Count} differ, {Changes.Added} added, {Changes.Removed} removed"));
        if (Changes.Differing.Count > 0)
        {
            text.Append(" (" + string.Join(", ", Changes.Differing.Take(5)) + (Changes.Differing.Count > 5 ? ", …" : "") + ")");
        }

        return text.ToString();
    }

    public Dictionary<string, object> ToJson() => new()
    {
        ["yamlFiles"] = YamlFiles,
        ["editedFile"] = EditedFile,
        ["fullRunMs"] = Math.Round(FullMs, 2),
        ["incrementalRunMs"] = Math.Round(IncrementalMs, 2),
        ["ratio"] = Math.Round(IncrementalMs / FullMs, 4),
        ["fullRunsMs"] = FullRunsMs.Select(ms => Math.Round(ms, 2)).ToList(),
        ["incrementalRunsMs"] = IncrementalRunsMs.Select(ms => Math.Round(ms, 2)).ToList(),
        ["sourcesByReason"] = ByReason.ToDictionary(r => r.Key, r => r.Value.Sources),
        ["outputStepsByReason"] = ByReason.ToDictionary(r => r.Key, r => r.Value.Steps),
        ["generatedSources"] = Changes.Total,
        ["identicalSources"] = Changes.Identical,
        ["differingSources"] = Changes.Differing,
        ["addedSources"] = Changes.Added,
        ["removedSources"] = Changes.Removed,
    };

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Output steps given one reason, and the generated sources they hold.</summary>
internal sealed record ReasonCount(int Sources, int Steps);
