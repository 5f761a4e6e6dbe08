using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One data file as the plan reads it: its records' ids and labels and the object patterns they use,
/// without their values, so a value edit leaves it equal and nothing after it runs again.
/// </summary>
internal sealed record FileSummary(string Path, string? Collection, EquatableArray<SummaryRecord> Records, EquatableArray<PatternKey> Patterns, EquatableArray<FailedRecord> Failed)
{
    public static FileSummary From(FileRecords file, EquatableArray<CollectionShape> shapes)
    {
        var collection = file.Records.Select(r => r.Collection).Concat(file.Failed.Select(f => f.Collection)).FirstOrDefault();
        var root = shapes.FirstOrDefault(s => s.ClassFullyQualifiedName == collection)?.Record;
        var records = file.Records.Where(r => r.Collection == collection).ToList();
        var patterns = root is null ? EquatableArray<PatternKey>.Empty : CompactBlob.PatternsOf(root, records).ToEquatableArray();
        return new FileSummary(file.Path, collection, records.Select(r => new SummaryRecord(r.Id, CollectionModel.Label(r.Value))).ToEquatableArray(), patterns, file.Failed);
    }
}

/// <summary>A record's id, and its name or title for its named member's documentation.</summary>
internal sealed record SummaryRecord(string Id, string? Label);

/// <summary>A collection's ids in ordinal order, first of each: what its <c>[assembly: CollectionIds]</c> lists.</summary>
internal sealed record CollectionIds(CollectionShape Shape, EquatableArray<string> Ids);

/// <summary>
/// A compact collection's index: the public surface (<see cref="Surface"/>: ids, member names, no
/// values) and, for each record in id order, its place (local index &lt;&lt; <see cref="CompactBuckets.BucketBits"/>
/// | bucket); <see cref="Buckets"/> are the buckets that hold records.
/// </summary>
internal sealed record CompactIndexModel(CollectionModel Surface, bool NamedMembers, EquatableArray<int> Places, EquatableArray<int> Buckets)
{
    /// <summary>The index holds ids, not values: each entry's value is this empty object.</summary>
    public static readonly BoundObject NoValue = new("", EquatableArray<BoundField>.Empty);
}

/// <summary>
/// A compact collection's decoders: every pattern its records use (<see cref="Patterns"/>, numbered
/// by position), and each bucket's own pattern numbers mapped to those.
/// </summary>
internal sealed record CompactDecoderModel(CollectionShape Shape, EquatableArray<PatternKey> Patterns, EquatableArray<BucketPatterns> Buckets);

/// <summary>Bucket <paramref name="Bucket"/>'s pattern numbers, as the decoders number them.</summary>
internal sealed record BucketPatterns(int Bucket, EquatableArray<int> Numbers);

/// <summary>One data file's strings, but its records' own ids, in ordinal order: what decides which strings the buckets share.</summary>
internal sealed record FileStrings(string Path, string? Collection, EquatableArray<string> Strings)
{
    public static FileStrings From(FileRecords file, EquatableArray<CollectionShape> shapes)
    {
        var collection = file.Records.Select(r => r.Collection).FirstOrDefault();
        var root = shapes.FirstOrDefault(s => s.ClassFullyQualifiedName == collection)?.Record;
        var records = file.Records.Where(r => r.Collection == collection).ToList();
        return new FileStrings(file.Path, collection, root is null ? EquatableArray<string>.Empty : CompactBlob.StringsOf(root, records).ToEquatableArray());
    }
}

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
    public static IEnumerable<BucketModel> Split(ImmutableArray<FileRecords> files, ImmutableArray<FileStrings> strings, EquatableArray<CompactStrings> shared)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var stringsOf = strings.GroupBy(s => s.Path, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Strings, System.StringComparer.Ordinal);
        foreach (var collection in shared)
        {
            var shape = collection.Shape;
            var set = new HashSet<string>(collection.Strings, System.StringComparer.Ordinal);
            var byBucket = ordered.Where(f => f.Records.Any(r => r.Collection == shape.ClassFullyQualifiedName))
                .GroupBy(f => CompactBuckets.Of(f.Path)).OrderBy(g => g.Key);
            foreach (var bucket in byBucket)
            {
                var used = bucket.SelectMany(f => stringsOf.TryGetValue(f.Path, out var s) ? s : EquatableArray<string>.Empty)
                    .Where(set.Contains).Distinct(System.StringComparer.Ordinal).OrderBy(t => t, System.StringComparer.Ordinal);
                yield return new BucketModel(shape, bucket.Key, bucket.ToEquatableArray(), used.ToEquatableArray());
            }
        }
    }
}

/// <summary>
/// How each collection is emitted, decided from the files' summaries alone: readable, or compact with
/// its index and decoders. The one place that lays out a compact collection's buckets: a record's
/// local index is its position among its bucket's records, files in path order.
/// </summary>
internal sealed record CollectionPlan(CollectionShape Shape, CollectionIds Ids, CompactIndexModel? Index, CompactDecoderModel? Decoders)
{
    public static IEnumerable<CollectionPlan> Build(ImmutableArray<FileSummary> files, EquatableArray<CollectionShape> shapes, EmitSettings settings, string? dataDirectory)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        foreach (var shape in shapes.Where(s => s.Record is not null))
        {
            var bare = shape with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty };
            var mine = ordered.Where(f => f.Collection == shape.ClassFullyQualifiedName).ToList();
            var assigned = MemberNames.Assign(shape, Placed(mine), _ => shape.ClassFullyQualifiedName, r => r.Record.Id).ToList();
            var ids = new CollectionIds(bare, assigned.Select(a => a.Record.Record.Id).ToEquatableArray());
            var plan = settings.PlanFor(assigned.Count);
            if (!plan.Compact || !Encodable(mine, ids.Ids))
            {
                yield return new CollectionPlan(bare, ids, null, null);
                continue;
            }

            var entries = assigned.Select(a => new RecordEntry(a.Record.Record.Id, a.Member, CompactIndexModel.NoValue,
                plan.NamedMembers ? a.Record.Record.Label : null, plan.NamedMembers ? DataPaths.Display(a.Record.Path, dataDirectory) : null)).ToEquatableArray();
            var missing = plan.NamedMembers
                ? CollectionModel.MissingMembers(shape, mine.SelectMany(f => f.Failed), ids.Ids, assigned.Where(a => a.Member is not null).Select(a => a.Member!), dataDirectory)
                : EquatableArray<MissingMember>.Empty;
            var surface = new CollectionModel(bare, entries, EquatableArray<DiagnosticInfo>.Empty, missing);
            var buckets = mine.Where(f => f.Records.Count > 0).Select(f => CompactBuckets.Of(f.Path)).Distinct().OrderBy(b => b).ToEquatableArray();
            var index = new CompactIndexModel(surface, plan.NamedMembers, assigned.Select(a => a.Record.Place).ToEquatableArray(), buckets);
            yield return new CollectionPlan(bare, ids, index, DecodersOf(bare, mine));
        }
    }

    /// <summary>Each record with its file and its place: local index &lt;&lt; BucketBits | bucket.</summary>
    private static IEnumerable<(SummaryRecord Record, string Path, int Place)> Placed(IEnumerable<FileSummary> files)
    {
        var counters = new int[CompactBuckets.Count];
        foreach (var file in files)
        {
            var bucket = CompactBuckets.Of(file.Path);
            foreach (var record in file.Records)
            {
                yield return (record, file.Path, (counters[bucket]++ << CompactBuckets.BucketBits) | bucket);
            }
        }
    }

    /// <summary>Whether the blob can hold the records: ASCII ids (the lookup compares them byte by char) and few enough patterns per type.</summary>
    private static bool Encodable(IEnumerable<FileSummary> files, EquatableArray<string> ids) =>
        ids.All(id => id.All(c => c <= 0x7F))
        && files.SelectMany(f => f.Patterns).Distinct().GroupBy(p => p.Type).All(g => g.Count() <= CompactBlob.MaxPatternsPerType);

    private static CompactDecoderModel DecodersOf(CollectionShape shape, IReadOnlyList<FileSummary> files)
    {
        var all = files.SelectMany(f => f.Patterns).Distinct().OrderBy(p => p).ToList();
        var numbers = new Dictionary<PatternKey, int>();
        for (var i = 0; i < all.Count; i++)
        {
            numbers[all[i]] = i;
        }

        var buckets = files.Where(f => f.Records.Count > 0).GroupBy(f => CompactBuckets.Of(f.Path)).OrderBy(g => g.Key)
            .Select(g => new BucketPatterns(g.Key, g.SelectMany(f => f.Patterns).Distinct().OrderBy(p => p).Select(p => numbers[p]).ToEquatableArray()))
            .ToEquatableArray();
        return new CompactDecoderModel(shape, all.ToEquatableArray(), buckets);
    }
}
