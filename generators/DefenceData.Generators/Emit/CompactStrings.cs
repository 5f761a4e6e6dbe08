using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The strings a compact collection's buckets share (<c>Events.Strings.g.cs</c>): those its files in
/// two buckets or more hold, decoded once for the whole collection. A bucket refers to one by its
/// FNV-1a hash, not by a position, so a string joining or leaving the set changes no other bucket;
/// strings whose hashes collide stay in their buckets.
/// </summary>
internal sealed record CompactStrings(CollectionShape Shape, EquatableArray<string> Strings)
{
    public static IEnumerable<CompactStrings> Build(ImmutableArray<FileStrings> files, EquatableArray<CollectionShape> compact)
    {
        foreach (var shape in compact)
        {
            var buckets = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var file in files.Where(f => f.Collection == shape.ClassFullyQualifiedName))
            {
                var bucket = CompactBuckets.Of(file.Path);
                foreach (var text in file.Strings)
                {
                    // -1: seen in two buckets or more.
                    buckets[text] = !buckets.TryGetValue(text, out var seen) ? bucket : seen == bucket ? bucket : -1;
                }
            }

            var shared = buckets.Where(b => b.Value < 0).Select(b => b.Key)
                .GroupBy(CompactDigits.Hash).Where(g => g.Count() == 1).Select(g => g.Single())
                .OrderBy(t => t, System.StringComparer.Ordinal);
            yield return new CompactStrings(shape, shared.ToEquatableArray());
        }
    }
}
