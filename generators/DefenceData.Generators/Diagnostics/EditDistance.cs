namespace DefenceData.Generators.Diagnostics;

// Written by hand: an edit distance is a few dozen lines, and no package the registry serves offers it
// alone for netstandard2.0. One home for the generator's "did you mean" and the CLI's id suggestions
// (linked into src/DefenceData.Cli).

/// <summary>How many single-character edits one text is from another.</summary>
internal static class EditDistance
{
    /// <summary>
    /// Edit distance with adjacent transpositions (optimal string alignment: "nmae" is one edit from
    /// "name"); gives up (returns <paramref name="limit"/>) once every path is at least that far.
    /// </summary>
    public static int Between(string a, string b, int limit = int.MaxValue)
    {
        if (System.Math.Abs(a.Length - b.Length) >= limit)
        {
            return limit;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = System.Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMinimum = System.Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum >= limit)
            {
                return limit;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
