using System.Text.Json;

namespace DefenceData.Benchmarks.Scale;

/// <summary>Medians and reading a child process's JSON figure.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The last line of <paramref name="output"/> that starts a JSON object: every measured program ends with one.</summary>
    public static JsonElement LastJsonLine(string output) =>
        JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith('{'))).RootElement.Clone();
}
