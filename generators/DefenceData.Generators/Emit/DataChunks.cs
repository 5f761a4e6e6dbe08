using System.Collections.Generic;
using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Places a compact blob's items (shared strings, records) into chunks of at most
/// <see cref="ChunkBytes"/> that no item straddles, so each item is read from one chunk alone; an
/// item larger than a chunk gets a chunk of its own. Chunks rather than one literal because the
/// compiler binds a UTF-8 literal byte by byte and spends less per byte on small literals.
/// </summary>
internal sealed class DataChunks
{
    /// <summary>An address's chunk is the address shifted right by this; the rest is the offset in the chunk.</summary>
    public const int ChunkShift = 16;

    /// <summary>The most bytes a chunk holds, unless one item alone is larger.</summary>
    public const int ChunkBytes = 1 << ChunkShift;

    private readonly List<List<byte>> _chunks = new() { new List<byte>() };
    private readonly int _firstChunk;

    /// <param name="firstChunk">The number of the first data chunk in addresses (chunks before it hold tables).</param>
    public DataChunks(int firstChunk = 0)
    {
        _firstChunk = firstChunk;
    }

    /// <summary>The item being written; <see cref="Append"/> places it.</summary>
    public List<byte> Item { get; } = new();

    /// <summary>The number of the last chunk, plus one: what an address's chunk part must be below.</summary>
    public int Count => _firstChunk + _chunks.Count;

    /// <summary>Places <see cref="Item"/> and clears it; returns its address (chunk &lt;&lt; <see cref="ChunkShift"/> | offset).</summary>
    public int Append()
    {
        var chunk = _chunks[_chunks.Count - 1];
        if (chunk.Count > 0 && chunk.Count + Item.Count > ChunkBytes)
        {
            chunk = new List<byte>();
            _chunks.Add(chunk);
        }

        var address = ((_firstChunk + _chunks.Count - 1) << ChunkShift) + chunk.Count;
        chunk.AddRange(Item);
        Item.Clear();
        return address;
    }

    public IReadOnlyList<byte[]> ToArrays() => _chunks.Select(c => c.ToArray()).ToList();
}
