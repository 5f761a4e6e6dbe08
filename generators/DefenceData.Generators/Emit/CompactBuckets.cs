namespace DefenceData.Generators.Emit;

/// <summary>
/// Which bucket a data file's records are compiled into in compact mode: one generated source per
/// bucket, so that editing one file re-encodes and re-writes one bucket, a small fraction of the
/// collection, while start-up pays a few dozen small sources rather than one per file. The key is the
/// file's name alone, so the layout is the same on every machine and for any file order.
/// </summary>
internal static class CompactBuckets
{
    /// <summary>A record's place packs its bucket into the low bits: local index &lt;&lt; BucketBits | bucket.</summary>
    public const int BucketBits = 5;

    /// <summary>The number of buckets a compact collection is spread over.</summary>
    public const int Count = 1 << BucketBits;

    /// <summary>The bucket of the data file at <paramref name="path"/>: FNV-1a of its file name.</summary>
    public static int Of(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return (int)(CompactDigits.Hash(path.Substring(slash + 1)) & (Count - 1));
    }

    /// <summary>The two-digit suffix of a bucket's names (<c>__Bucket07</c>, <c>Events.Bucket07.g.cs</c>).</summary>
    public static string Name(int bucket) => "Bucket" + bucket.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
