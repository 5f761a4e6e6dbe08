using System.Globalization;
using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits the strings a compact collection's buckets share (<c>Events.Strings.g.cs</c>,
/// <see cref="CompactStrings"/>): each decoded once for the whole collection, found by the FNV-1a
/// hash a bucket writes in its place.
/// <code>
/// Table: [slots × (HashDigits + AddressDigits)]   hash + 1 (0 = empty slot), linear probing; the string's address
/// chunks: the strings (varint byte length &lt;&lt; 1 | 1 when ASCII, then UTF-8)
/// </code>
/// </summary>
internal static class CompactStringsEmitter
{
    /// <summary>A hash + 1 takes at most 33 bits: six 6-bit digits.</summary>
    private const int HashDigits = 6;

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Emit(CompactStrings model)
    {
        var chunks = new DataChunks();
        var addresses = new int[model.Strings.Count];
        for (var i = 0; i < addresses.Length; i++)
        {
            CompactBlob.WriteText(chunks.Item, model.Strings[i]);
            addresses[i] = chunks.Append();
        }

        var slots = CompactDigits.HashSlots(model.Strings.ToList());
        var addressDigits = CompactDigits.DigitsFor((long)chunks.Count << DataChunks.ChunkShift);
        var entry = HashDigits + addressDigits;
        var table = new byte[slots.Length * entry];
        for (var slot = 0; slot < slots.Length; slot++)
        {
            // hash + 1 and the string's address; an empty slot is digits of zero, as printable as the rest.
            var taken = slots[slot] - 1;
            CompactDigits.WriteFixed(table, slot * entry, HashDigits, taken < 0 ? 0 : CompactDigits.Hash(model.Strings[taken]) + 1L);
            CompactDigits.WriteFixed(table, (slot * entry) + HashDigits, addressDigits, taken < 0 ? 0 : addresses[taken]);
        }

        return Write(model, chunks, table, slots.Length, entry);
    }

    private static string Write(CompactStrings model, DataChunks chunks, byte[] table, int slots, int entry)
    {
        var w = CompactEmitter.OpenPart(model.Shape, ": the strings its compact buckets share.");
        w.Line("/// <summary>" + Int(model.Strings.Count) + " strings the buckets of " + model.Shape.ClassName + " share, each decoded once.</summary>");
        w.Open("private static class __Strings");
        w.Line("private const int SlotMask = " + Int(slots - 1) + ";");
        w.Line("private const int Entry = " + Int(entry) + ";");
        w.Line("private const int HashDigits = " + Int(HashDigits) + ";");
        w.Line("private const int ChunkShift = " + Int(DataChunks.ChunkShift) + ";");
        w.Line("private const int ChunkMask = " + Int(DataChunks.ChunkBytes - 1) + ";");
        w.Line("private static readonly string?[] s_strings = new string?[" + Int(slots) + "];");
        w.Line();
        w.Line("/// <summary>The shared string whose FNV-1a hash is <paramref name=\"hash\"/>, decoded on first use.</summary>");
        w.Line(CompactEmitter.Optimized);
        w.Open("public static string Get(uint hash)");
        w.Line("var table = Table;");
        w.Line("var slot = (int)(hash & SlotMask);");
        w.Open("while (true)");
        w.Line("var stored = ((long)__Records.Fixed(table, slot * Entry, HashDigits - 1)) | ((long)__Records.Fixed(table, (slot * Entry) + HashDigits - 1, 1) << " + Int(6 * (HashDigits - 1)) + ");");
        w.Open("if (stored == 0)");
        w.Line("throw __Records.Corrupt();");
        w.Close();
        w.Line();
        w.Open("if (stored == hash + 1L)");
        w.Line("return s_strings[slot] ??= Decode(__Records.Fixed(table, (slot * Entry) + HashDigits, Entry - HashDigits));");
        w.Close();
        w.Line();
        w.Line("slot = (slot + 1) & SlotMask;");
        w.Close();
        w.Close();
        w.Line();
        w.Line(CompactEmitter.Optimized);
        w.Line("private static string Decode(int address) => new __Reader(Chunk(address >> ChunkShift), address & ChunkMask, -1).Text();");
        w.Line();
        w.Line("// Layout in DefenceData.Generators' CompactStringsEmitter.");
        w.Line("private static global::System.ReadOnlySpan<byte> Table => " + Utf8Literal.Of(table) + ";");
        w.Line();
        CompactEmitter.WriteChunkMethod(w, "private", CompactEmitter.Optimized, chunks.ToArrays());
        w.Close();
        w.Close();
        return w.ToString();
    }
}
