using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The files of one bucket of a compact collection, in path order; their records of the collection,
/// in that order, are the bucket's records. <see cref="Shared"/> are the collection's shared strings
/// they hold. Unchanged files are the same instances from run to run, so comparing an unedited bucket
/// with its last model costs a reference check per file.
/// </summary>
internal sealed record BucketModel(CollectionShape Shape, int Bucket, EquatableArray<FileRecords> Files, EquatableArray<string> Shared)
{
    public IReadOnlyList<RecordData> Records() =>
        Files.SelectMany(f => f.Records.Where(r => r.Collection == Shape.ClassFullyQualifiedName)).ToList();

    /// <summary>The buckets of every compact collection, in collection then bucket order.</summary>
    public static IEnumerable<BucketModel> Split(ImmutableArray<FileRecords> files, EquatableArray<CompactStrings> shared)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        foreach (var collection in shared)
        {
            var shape = collection.Shape;
            var byBucket = ordered.Where(f => f.Records.Any(r => r.Collection == shape.ClassFullyQualifiedName))
                .GroupBy(f => CompactBuckets.Of(f.Path)).OrderBy(g => g.Key);
            foreach (var bucket in byBucket)
            {
                yield return new BucketModel(shape, bucket.Key, bucket.ToEquatableArray(), collection.Of(bucket.Key));
            }
        }
    }
}
