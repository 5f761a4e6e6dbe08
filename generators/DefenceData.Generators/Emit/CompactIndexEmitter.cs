using System.Globalization;
using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits a compact collection's class (<c>Events.g.cs</c>): the public surface of readable mode over
/// <c>__Records</c>, which finds a record by id and decodes it from its bucket on first access. The
/// index holds ids and places only, so it changes when ids do, not when values do.
/// <code>
/// Tables: [place table: Count × PlaceDigits]      each record's place (local &lt;&lt; BucketBits | bucket), in id order
///         [hash table: HashSlots × IndexDigits]   FNV-1a of the id, linear probing; record index + 1, 0 = empty
/// </code>
/// Nothing is decoded up front: <c>Get</c>/<c>TryGet</c> probe the hash table and compare the id's
/// bytes in its bucket (O(1), no allocation); a record is decoded once and kept (one instance wins a
/// race); <c>All</c> decodes every record once. Each bucket's strings used more than once are decoded once.
/// </summary>
internal static class CompactIndexEmitter
{
    private const string Span = "global::System.ReadOnlySpan<byte>";
    private const string Optimized = CompactEmitter.Optimized;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Emit(CompactIndexModel model)
    {
        var w = new SourceWriter();
        CollectionEmitter.WriteSurface(w, model.Surface, new CollectionEmitter.Surface(
            "global::System.Threading.LazyInitializer.EnsureInitialized(ref s_all, static () => global::System.Array.AsReadOnly(__Records.All()))",
            "__Records.IndexOf(id) is var index && index >= 0 ? __Records.Record(index) : ",
            new[]
            {
                "var index = __Records.IndexOf(id);",
                "record = index >= 0 ? __Records.Record(index) : null;",
                "return index >= 0;",
            },
            i => "__Records.Record(" + Int(i) + ")"), model.NamedMembers);
        w.Line();
        new Index(model, w).Write();
        w.Close();
        return w.ToString();
    }

    private sealed class Index
    {
        private readonly CompactIndexModel _model;
        private readonly SourceWriter _w;
        private readonly string _type;
        private readonly int _count;
        private readonly int[] _hashSlots;
        private readonly int _placeDigits;
        private readonly int _indexDigits;

        public Index(CompactIndexModel model, SourceWriter w)
        {
            _model = model;
            _w = w;
            _type = model.Surface.Shape.Record!.FullyQualifiedName;
            _count = model.Places.Count;
            _hashSlots = CompactDigits.HashSlots(model.Surface.Records.Select(r => r.Id).ToList());
            _placeDigits = CompactDigits.DigitsFor(model.Places.DefaultIfEmpty(0).Max());
            _indexDigits = CompactDigits.DigitsFor(_count);
        }

        public void Write()
        {
            var w = _w;
            w.Line("/// <summary>The records of " + _model.Surface.Shape.ClassName + ", serialized at build time into buckets and decoded on first access.</summary>");
            w.Open("private static class __Records");
            WriteFields();
            WriteAccess();
            WriteLookup();
            WriteBuckets();
            WriteTables();
            w.Close();
        }

        /// <summary>The layout constants and the caches of decoded records and of each bucket's shared strings.</summary>
        private void WriteFields()
        {
            var w = _w;
            w.Line("private const int Count = " + Int(_count) + ";");
            w.Line("private const int PlaceDigits = " + Int(_placeDigits) + ";");
            w.Line("private const int HashTable = " + Int(_count * _placeDigits) + ";");
            w.Line("private const int HashMask = " + Int(_hashSlots.Length - 1) + ";");
            w.Line("private const int IndexDigits = " + Int(_indexDigits) + ";");
            w.Line("private const int BucketBits = " + Int(CompactBuckets.BucketBits) + ";");
            w.Line("private const int BucketMask = " + Int(CompactBuckets.Count - 1) + ";");
            w.Line("private const int CountDigits = " + Int(CompactBlob.CountDigits) + ";");
            w.Line("private const int HeaderBytes = " + Int(CompactBlob.HeaderBytes) + ";");
            w.Line("private const int ChunkShift = " + Int(DataChunks.ChunkShift) + ";");
            w.Line("private const int ChunkMask = " + Int(DataChunks.ChunkBytes - 1) + ";");
            w.Line("private static readonly " + _type + "?[] s_records = new " + _type + "?[Count];");
            w.Line("private static readonly string?[]?[] s_shared = new string?[]?[" + Int(CompactBuckets.Count) + "];");
        }

        /// <summary><c>Record</c>, <c>All</c>, <c>Materialize</c> and <c>Shared</c>.</summary>
        private void WriteAccess()
        {
            var w = _w;
            w.Line();
            w.Line("/// <summary>The record at <paramref name=\"index\"/> in id order, decoded on first access.</summary>");
            w.Line(Optimized);
            w.Line("public static " + _type + " Record(int index) =>");
            w.Line("    global::System.Threading.Volatile.Read(ref s_records[index]) ?? Materialize(index);");
            w.Line();
            w.Line("/// <summary>Every record, in id order.</summary>");
            w.Line(Optimized);
            w.Open("public static " + _type + "[] All()");
            w.Line("var all = new " + _type + "[Count];");
            w.Open("for (var i = 0; i < all.Length; i++)");
            w.Line("all[i] = Record(i);");
            w.Close();
            w.Line();
            w.Line("return all;");
            w.Close();
            w.Line();
            w.Line("/// <summary>A string bucket <paramref name=\"bucket\"/> uses more than once, decoded once.</summary>");
            w.Line(Optimized);
            w.Open("public static string Shared(int bucket, int index)");
            w.Line("var strings = s_shared[bucket] ??= new string?[Fixed(Data(bucket, 0), CountDigits, CountDigits)];");
            w.Line("return strings[index] ??= At(bucket, Entry(bucket, Fixed(Data(bucket, 0), 0, CountDigits) + index)).Text();");
            w.Close();
            w.Line();
            w.Line("// Decodes one record on its first access; one instance wins a race.");
            w.Line(Optimized);
            w.Open("private static " + _type + " Materialize(int index)");
            w.Line("var reader = RecordAt(Place(index));");
            w.Line("reader.SkipId();");
            w.Line("var record = __Decoders.Record(ref reader);");
            w.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_records[index], record, null) ?? record;");
            w.Close();
        }

        /// <summary><c>IndexOf</c> (the hash table probe) and <c>IdEquals</c> (id bytes against a string, in place).</summary>
        private void WriteLookup()
        {
            var w = _w;
            w.Line();
            w.Line("/// <summary>The index of the record with the given id, or -1: one hash, one probe sequence, no allocation.</summary>");
            w.Line(Optimized);
            w.Open("public static int IndexOf(string id)");
            w.Line("var hash = 2166136261u;");
            w.Open("foreach (var c in id)");
            w.Line("hash = unchecked((hash ^ c) * 16777619u);");
            w.Close();
            w.Line();
            w.Line("var slot = (int)(hash & HashMask);");
            w.Open("while (true)");
            w.Line("var entry = Fixed(Tables, HashTable + (slot * IndexDigits), IndexDigits);");
            w.Open("if (entry == 0)");
            w.Line("return -1;");
            w.Close();
            w.Line();
            w.Open("if (IdEquals(Place(entry - 1), id))");
            w.Line("return entry - 1;");
            w.Close();
            w.Line();
            w.Line("slot = (slot + 1) & HashMask;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("// Ids are kebab-case ASCII (checked by the generator), so bytes compare with chars one to one.");
            w.Line(Optimized);
            w.Open("private static bool IdEquals(int place, string id)");
            w.Line("var reader = RecordAt(place);");
            w.Line("var length = (int)(reader.Varint() >> 1);");
            w.Open("if (length != id.Length)");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("var bytes = reader.Bytes(length);");
            w.Open("for (var i = 0; i < bytes.Length; i++)");
            w.Open("if (bytes[i] != id[i])");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return true;");
            w.Close();
        }

        /// <summary><c>RecordAt</c>, <c>Entry</c>, <c>At</c> and <c>Data</c>: from a place to a reader in its bucket's chunk.</summary>
        private void WriteBuckets()
        {
            var w = _w;
            w.Line();
            w.Line(Optimized);
            w.Line("private static __Reader RecordAt(int place) => At(place & BucketMask, Entry(place & BucketMask, place >> BucketBits));");
            w.Line();
            w.Line("// Entry n of a bucket's tables (its records, then its shared strings): an address.");
            w.Line(Optimized);
            w.Open("private static int Entry(int bucket, int entry)");
            w.Line("var tables = Data(bucket, 0);");
            w.Line("var digits = Fixed(tables, 2 * CountDigits, 1);");
            w.Line("return Fixed(tables, HeaderBytes + (entry * digits), digits);");
            w.Close();
            w.Line();
            w.Line(Optimized);
            w.Line("private static __Reader At(int bucket, int address) => new(Data(bucket, address >> ChunkShift), address & ChunkMask, bucket);");
            w.Line();
            w.Line("// A bucket's chunk: 0 is its tables, then its data (DefenceData.Generators' CompactBlob).");
            w.Line(Optimized);
            w.Open("private static " + Span + " Data(int bucket, int chunk)");
            w.Open("switch (bucket)");
            foreach (var bucket in _model.Buckets)
            {
                w.Line("case " + Int(bucket) + ": return __" + CompactBuckets.Name(bucket) + ".Chunk(chunk);");
            }

            w.Line("default: throw Corrupt();");
            w.Close();
            w.Close();
        }

        /// <summary><c>Place</c>, <c>Fixed</c>, <c>Corrupt</c> and the tables literal.</summary>
        private void WriteTables()
        {
            var tables = new byte[(_count * _placeDigits) + (_hashSlots.Length * _indexDigits)];
            for (var i = 0; i < _count; i++)
            {
                CompactDigits.WriteFixed(tables, i * _placeDigits, _placeDigits, _model.Places[i]);
            }

            for (var s = 0; s < _hashSlots.Length; s++)
            {
                CompactDigits.WriteFixed(tables, (_count * _placeDigits) + (s * _indexDigits), _indexDigits, _hashSlots[s]);
            }

            var w = _w;
            w.Line();
            w.Line(Optimized);
            w.Line("private static int Place(int index) => Fixed(Tables, index * PlaceDigits, PlaceDigits);");
            w.Line();
            w.Line("/// <summary>A fixed-width number of 6-bit digits (DefenceData.Generators' CompactDigits).</summary>");
            w.Line(Optimized);
            w.Open("public static int Fixed(" + Span + " blob, int at, int digits)");
            w.Line("var value = 0;");
            w.Open("for (var i = digits - 1; i >= 0; i--)");
            w.Line("value = (value << 6) | (blob[at + i] - " + Int(CompactDigits.Fixed) + ");");
            w.Close();
            w.Line();
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Line("public static global::System.InvalidOperationException Corrupt() => new(\"The compact records of " + _model.Surface.Shape.ClassName + " are corrupt.\");");
            w.Line();
            w.Line("// Layout in DefenceData.Generators' CompactIndexEmitter.");
            w.Line("private static " + Span + " Tables => " + Utf8Literal.Of(tables) + ";");
        }
    }
}
