using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

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
        // A summary that failed (its DD0018 is reported) lacks its file's records: no bucket layout can be trusted.
        var summarized = ordered.All(f => f.Diagnostics.Count == 0);
        foreach (var shape in shapes.Where(s => s.Record is not null))
        {
            var bare = shape with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty };
            var mine = ordered.Where(f => f.Collection == shape.ClassFullyQualifiedName).ToList();
            var assigned = MemberNames.Assign(shape, Placed(mine), _ => shape.ClassFullyQualifiedName, r => r.Record.Id).ToList();
            var ids = new CollectionIds(bare, assigned.Select(a => a.Record.Record.Id).ToEquatableArray());
            var plan = settings.PlanFor(assigned.Count);
            if (!plan.Compact || !summarized || !Encodable(mine, ids.Ids))
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

    /// <summary>Every collection readable, its ids unknown: what the emission falls back to when planning itself fails (its DD0018 says so).</summary>
    public static EquatableArray<CollectionPlan> Readable(EquatableArray<CollectionShape> shapes) =>
        shapes.Where(s => s.Record is not null)
            .Select(s => s with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty })
            .Select(s => new CollectionPlan(s, new CollectionIds(s, EquatableArray<string>.Empty), null, null))
            .ToEquatableArray();

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
