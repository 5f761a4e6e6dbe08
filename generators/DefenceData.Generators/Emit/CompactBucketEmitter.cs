using System.Globalization;
using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits one bucket of a compact collection (<c>Events.Bucket07.g.cs</c>): its records, serialized by
/// <see cref="CompactBlob"/>, as <c>"…"u8</c> literals handed out by chunk number. A one-file edit
/// re-encodes and re-writes the edited file's bucket only; the other buckets' sources stay byte-identical.
/// </summary>
internal static class CompactBucketEmitter
{
    public static string Emit(BucketModel model)
    {
        var blob = CompactBlob.Build(model.Shape.Record!, model.Records(), model.Shared);
        var w = CompactEmitter.OpenPart(model.Shape, ": one bucket of its compact records.");
        w.Line("/// <summary>" + blob.Count.ToString(CultureInfo.InvariantCulture) + " records of " + model.Shape.ClassName + " from the files of bucket " + model.Bucket.ToString(CultureInfo.InvariantCulture) + ".</summary>");
        w.Open("private static class __" + CompactBuckets.Name(model.Bucket));
        w.Line("// " + blob.Chunks.Sum(c => c.Length).ToString(CultureInfo.InvariantCulture) + " bytes in " + blob.Chunks.Count.ToString(CultureInfo.InvariantCulture) + " chunks: the tables, then shared strings and records.");
        // Left to tier-0: a switch returning a literal runs as fast there, and compiling one per bucket with
        // full optimization (or inlining them all into the index's switch) costs start-up more (PERFORMANCE.md).
        CompactEmitter.WriteChunkMethod(w, "public", "", blob.Chunks);
        w.Close();
        w.Close();
        return w.ToString();
    }
}
