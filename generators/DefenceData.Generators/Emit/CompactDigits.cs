using System.Collections.Generic;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The compact blob's number encodings. Every structural byte is printable ASCII (0x30–0x6F), so the
/// blob is valid UTF-8 and fits a <c>"…"u8</c> literal, which the compiler stores in the PE data
/// section (no 16 MB user-string heap limit, no copy at run time) with almost nothing to escape.
/// The generated decoder (<see cref="CompactEmitter"/>) mirrors these two readers exactly.
/// </summary>
internal static class CompactDigits
{
    /// <summary>Terminal 5-bit digit: 0x30 + d. Continuation digit: 0x50 + d. Little-endian.</summary>
    public const int Terminal = 0x30;

    public const int Continuation = 0x50;

    /// <summary>Fixed-width 6-bit digit: 0x30 + d. Little-endian.</summary>
    public const int Fixed = 0x30;

    public static void WriteVarint(List<byte> output, ulong value)
    {
        while (value >= 32)
        {
            output.Add((byte)(Continuation + (int)(value & 31)));
            value >>= 5;
        }

        output.Add((byte)(Terminal + (int)value));
    }

    public static ulong ZigZag(long value) => unchecked((ulong)((value << 1) ^ (value >> 63)));

    public static void WriteFixed(byte[] output, int at, int digits, long value)
    {
        for (var i = 0; i < digits; i++)
        {
            output[at + i] = (byte)(Fixed + (int)(value & 63));
            value >>= 6;
        }
    }

    /// <summary>The number of 6-bit digits needed to write every value up to <paramref name="max"/>.</summary>
    public static int DigitsFor(long max)
    {
        var digits = 1;
        while (max >= 1L << (6 * digits))
        {
            digits++;
        }

        return digits;
    }

    /// <summary>FNV-1a over UTF-16 code units; the generated lookup computes the same hash of the id it is given.</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>
    /// An open-addressing table of <paramref name="keys"/>: a power of two of at least twice their
    /// number of slots, each key at its <see cref="Hash"/> then linear probing; a slot holds the key's
    /// index + 1, 0 where empty. The generated lookups probe it the same way.
    /// </summary>
    public static int[] HashSlots(IReadOnlyList<string> keys)
    {
        var size = 1;
        while (size < keys.Count * 2)
        {
            size <<= 1;
        }

        var slots = new int[size];
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = (int)(Hash(keys[i]) & (uint)(size - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            slots[slot] = i + 1;
        }

        return slots;
    }
}
