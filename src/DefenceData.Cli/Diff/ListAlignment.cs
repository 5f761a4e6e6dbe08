using System.Text.Json.Nodes;

namespace DefenceData.Cli.Diff;

/// <summary>Aligns two lists on their longest common subsequence of equal items (classic dynamic programming).</summary>
internal static class ListAlignment
{
    /// <summary>Which items of each list belong to the longest common subsequence.</summary>
    /// <param name="before">The old list.</param>
    /// <param name="after">The new list.</param>
    /// <returns>For each list, a flag per item: true when the item is matched in the other list.</returns>
    public static (bool[] Old, bool[] New) CommonItems(JsonArray before, JsonArray after)
    {
        // lengths[i, j]: the longest common subsequence of before[i..] and after[j..].
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = JsonNode.DeepEquals(before[i], after[j])
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var oldMatched = new bool[before.Count];
        var newMatched = new bool[after.Count];
        for (int i = 0, j = 0; i < before.Count && j < after.Count;)
        {
            if (JsonNode.DeepEquals(before[i], after[j]))
            {
                oldMatched[i++] = true;
                newMatched[j++] = true;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (oldMatched, newMatched);
    }
}
