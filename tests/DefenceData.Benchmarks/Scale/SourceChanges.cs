using Microsoft.CodeAnalysis;

namespace DefenceData.Benchmarks.Scale;

/// <summary>How the generated source texts of one run differ from the run before, compared by hint name and text (ordinal, so byte for byte in UTF-8).</summary>
/// <param name="Total">Generated sources of the later run.</param>
/// <param name="Identical">Sources whose text is the same as before.</param>
/// <param name="Differing">Hint names of the sources whose text changed, in ordinal order.</param>
/// <param name="Added">Sources the earlier run did not have.</param>
/// <param name="Removed">Sources the later run no longer has.</param>
internal sealed record SourceChanges(int Total, int Identical, IReadOnlyList<string> Differing, int Added, int Removed)
{
    public static SourceChanges Between(GeneratorDriverRunResult before, GeneratorDriverRunResult after)
    {
        var old = Texts(before);
        var now = Texts(after);
        var differing = now.Where(s => old.TryGetValue(s.Key, out var text) && !string.Equals(text, s.Value, StringComparison.Ordinal))
            .Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        var identical = now.Count(s => old.TryGetValue(s.Key, out var text) && string.Equals(text, s.Value, StringComparison.Ordinal));
        return new SourceChanges(now.Count, identical, differing, now.Keys.Count(k => !old.ContainsKey(k)), old.Keys.Count(k => !now.ContainsKey(k)));
    }

    private static Dictionary<string, string> Texts(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
