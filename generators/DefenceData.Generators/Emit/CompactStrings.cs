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
internal sealed record CompactStrings(CollectionShape Shape, EquatableArray<string> Strings, EquatableArray<BucketStrings> Buckets)
{
    public static IEnumerable<CompactStrings> Build(ImmutableArray<FileStrings> files, EquatableArray<CollectionShape> compact)
    {
        foreach (var shape in compact)
        {
            // One pass over every file's strings: the buckets holding each, as a bit per bucket.
            var holders = new Dictionary<string, uint>(System.StringComparer.Ordinal);
            foreach (var file in files.Where(f => f.Collection == shape.ClassFullyQualifiedName))
            {
                var bit = 1u << CompactBuckets.Of(file.Path);
                foreach (var text in file.Strings)
                {
                    holders[text] = holders.TryGetValue(text, out var mask) ? mask | bit : bit;
                }
            }

            var shared = holders.Where(h => (h.Value & (h.Value - 1)) != 0).Select(h => h.Key)
                .GroupBy(CompactDigits.Hash).Where(g => g.Count() == 1).Select(g => g.Single())
                .OrderBy(t => t, System.StringComparer.Ordinal).ToList();
            var byBucket = Enumerable.Range(0, CompactBuckets.Count).Select(_ => new List<string>()).ToList();
            foreach (var text in shared)
            {
                for (var b = 0; b < CompactBuckets.Count; b++)
                {
                    if ((holders[text] & (1u << b)) != 0)
                    {
                        byBucket[b].Add(text);
                    }
                }
            }

            var buckets = byBucket.Select((list, b) => new BucketStrings(b, list.ToEquatableArray())).Where(b => b.Strings.Count > 0);
            yield return new CompactStrings(shape, shared.ToEquatableArray(), buckets.ToEquatableArray());
        }
    }

    /// <summary>The shared strings of bucket <paramref name="bucket"/>, in ordinal order.</summary>
    public EquatableArray<string> Of(int bucket) => Buckets.FirstOrDefault(b => b.Bucket == bucket)?.Strings ?? EquatableArray<string>.Empty;

    /// <summary>The strings alone: what their source is written from, so a bucket that comes to hold one more leaves it unchanged.</summary>
    public CompactStrings WithoutBuckets() => this with { Buckets = EquatableArray<BucketStrings>.Empty };
}

/// <summary>The shared strings one bucket's files hold, in ordinal order: what its encoding depends on.</summary>
internal sealed record BucketStrings(int Bucket, EquatableArray<string> Strings);
