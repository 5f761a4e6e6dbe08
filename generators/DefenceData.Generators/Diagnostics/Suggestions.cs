using System.Collections.Generic;
using System.Linq;

namespace DefenceData.Generators.Diagnostics;

/// <summary>
/// "Did you mean …?" for a misspelt key, enum value or id: a candidate equal but for case first,
/// else the nearest by edit distance (Levenshtein, a swap of two neighbours counting as one edit), if near enough to be a slip rather than another
/// word; ties go to the ordinally first candidate, so the suggestion is the same on every run.
/// </summary>
internal static class Suggestions
{
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var list = candidates.Where(c => c.Length > 0).Distinct(System.StringComparer.Ordinal).OrderBy(c => c, System.StringComparer.Ordinal).ToList();
        var sameButCase = list.FirstOrDefault(c => string.Equals(c, typed, System.StringComparison.OrdinalIgnoreCase) && c != typed);
        if (sameButCase is not null)
        {
            return sameButCase;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = typed.ToLowerInvariant();
        foreach (var candidate in list)
        {
            var distance = EditDistance.Between(lower, candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A slip: at most a third of the longer word, and at least 1, changed.
        return best is not null && bestDistance > 0 && bestDistance <= System.Math.Max(1, System.Math.Max(typed.Length, best.Length) / 3) ? best : null;
    }

    /// <summary>
    /// The candidates nearest to <paramref name="typed"/> by edit distance, at most <paramref name="count"/>,
    /// nearest first (ties in ordinal order); none farther than half the typed text, so a code
    /// unlike every other gets no suggestion rather than a random one.
    /// </summary>
    public static IReadOnlyList<string> NearestAll(string typed, IEnumerable<string> candidates, int count)
    {
        var limit = System.Math.Max(1, typed.Length / 2);
        return candidates.Where(c => c.Length > 0 && c != typed).Distinct(System.StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: EditDistance.Between(typed, c, limit + 1)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, System.StringComparer.Ordinal)
            .Take(count).Select(c => c.Candidate).ToList();
    }

    /// <summary>" Did you mean 'x'?" or nothing: ready to append to a message.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Nearest(typed, candidates) is { } nearest ? " Did you mean '" + nearest + "'?" : "";
}
