using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Values;

namespace DefenceData.Generators.Emit;

/// <summary>One property an object pattern sets: read from the blob, or set to null.</summary>
internal sealed record PatternField(PropertyShape Property, bool IsNull);

/// <summary>
/// The set of properties one object sets, in declaration order. A decoder builds each pattern with
/// its own object initializer, so a property the YAML leaves out keeps the type's own default,
/// exactly as in readable mode.
/// </summary>
internal sealed record ObjectPattern(int Index, IReadOnlyList<PatternField> Fields);

/// <summary>
/// A collection's records serialized following the bound shape, as one table literal and data chunks
/// (<see cref="DataChunks"/>: at most 64 KB, no item straddling two).
/// <code>
/// tables: [record table: Count × AddressDigits]    address of each record, in id order
///         [hash table: HashSlots × IndexDigits]    FNV-1a of the id, linear probing; record index + 1, 0 = empty
///         [shared table: SharedCount × AddressDigits] address of each string used more than once
/// chunks: shared strings (varint byte length &lt;&lt; 1 | 1 when ASCII, then UTF-8), then per record:
///         its id (the same) and its object: varint pattern, then each pattern field's value that is not null
/// </code>
/// An address is chunk &lt;&lt; <see cref="DataChunks.ChunkShift"/> | offset in the chunk.
/// Values: string = varint tag (length &lt;&lt; 2 | 0, then UTF-8 inline; length &lt;&lt; 2 | 3, then ASCII
/// inline; index &lt;&lt; 2 | 1 shared; 2 = the record's own id); bool, enum (index of the member) and
/// counts = varint; int and long = zig-zag varint; double = varint of its bits; decimal = string of
/// its invariant text; date = varint year, month and day (0 = not known); list = varint count, then
/// each item (preceded by 0 = null, 1 = present where the element is nullable); object = varint
/// pattern and fields.
/// </summary>
internal sealed class CompactBlob : ICompactEncoder
{
    /// <summary>Above this many patterns for one type, the collection is emitted readably instead.</summary>
    public const int MaxPatternsPerType = 1024;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, TypeShape> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypePatterns> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _enumIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stringUses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _shared = new(StringComparer.Ordinal);
    private List<byte> _output = new();
    private string _recordId = "";

    private CompactBlob()
    {
    }

    /// <summary>The record, hash and shared tables.</summary>
    public byte[] Tables { get; private set; } = Array.Empty<byte>();

    /// <summary>The data chunks: shared strings, then records.</summary>
    public IReadOnlyList<byte[]> Chunks { get; private set; } = Array.Empty<byte[]>();

    public int Count { get; private set; }

    public int AddressDigits { get; private set; }

    public int HashTable { get; private set; }

    public int HashSlots { get; private set; }

    public int IndexDigits { get; private set; }

    public int SharedTable { get; private set; }

    public int SharedCount => _shared.Count;

    /// <summary>Every object type the records hold, by fully qualified name, in ordinal order.</summary>
    public IEnumerable<TypeShape> Types => _types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value);

    public IReadOnlyList<ObjectPattern> PatternsOf(string typeName) =>
        _patterns.TryGetValue(typeName, out var patterns) ? patterns.All : Array.Empty<ObjectPattern>();

    /// <summary>Serializes the collection, or returns null when it cannot be (then it is emitted readably).</summary>
    public static CompactBlob? TryBuild(CollectionModel model)
    {
        try
        {
            var blob = new CompactBlob();
            return blob.Build(model) ? blob : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        catch (EncoderFallbackException)
        {
            return null; // Text that is not valid UTF-16 (the binder reports it; never emitted).
        }
    }

    private bool Build(CollectionModel model)
    {
        var root = model.Shape.Record!;
        Count = model.Records.Count;
        Gather(root);
        if (!Scan(model, root))
        {
            return false;
        }

        var chunks = new DataChunks();
        var sharedAddresses = WriteShared(chunks);
        var recordAddresses = WriteRecords(model, root, chunks);
        Tables = BuildTables(model, chunks.Count, recordAddresses, sharedAddresses);
        Chunks = chunks.ToArrays();
        return true;
    }

    /// <summary>Pass 1: patterns and string uses, in record order, so numbering is deterministic; false where the records cannot be held.</summary>
    private bool Scan(CollectionModel model, TypeShape root)
    {
        foreach (var entry in model.Records)
        {
            if (entry.Id.Any(c => c > 0x7F))
            {
                return false; // The generated lookup compares ids byte by char; ids are kebab-case ASCII.
            }

            _recordId = entry.Id;
            ScanObject(entry.Value, root);
        }

        if (_patterns.Values.Any(p => p.All.Count > MaxPatternsPerType))
        {
            return false;
        }

        foreach (var use in _stringUses.Where(u => u.Value > 1))
        {
            _shared[use.Key] = _shared.Count; // Dictionary keeps insertion order while nothing is removed.
        }

        return true;
    }

    /// <summary>Pass 2, first the strings used more than once; returns their addresses.</summary>
    private int[] WriteShared(DataChunks chunks)
    {
        var sharedAddresses = new int[_shared.Count];
        foreach (var shared in _shared)
        {
            WriteText(chunks.Item, shared.Key);
            sharedAddresses[shared.Value] = chunks.Append();
        }

        return sharedAddresses;
    }

    /// <summary>Pass 2, then each record: its id and its object; returns their addresses.</summary>
    private int[] WriteRecords(CollectionModel model, TypeShape root, DataChunks chunks)
    {
        var item = chunks.Item;
        var recordAddresses = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            WriteText(item, model.Records[i].Id);
            (_output, _recordId) = (item, model.Records[i].Id);
            WriteObject(model.Records[i].Value, root);
            recordAddresses[i] = chunks.Append();
        }

        return recordAddresses;
    }

    /// <summary>The record, hash and shared tables, sized once the chunks are known.</summary>
    private byte[] BuildTables(CollectionModel model, int chunkCount, int[] recordAddresses, int[] sharedAddresses)
    {
        HashSlots = 1;
        while (HashSlots < Count * 2)
        {
            HashSlots <<= 1;
        }

        IndexDigits = CompactDigits.DigitsFor(Count);
        AddressDigits = CompactDigits.DigitsFor((long)chunkCount << DataChunks.ChunkShift);
        HashTable = Count * AddressDigits;
        SharedTable = HashTable + (HashSlots * IndexDigits);
        var tables = new byte[SharedTable + (_shared.Count * AddressDigits)];
        for (var i = 0; i < Count; i++)
        {
            CompactDigits.WriteFixed(tables, i * AddressDigits, AddressDigits, recordAddresses[i]);
        }

        var slots = HashSlotsOf(model);
        for (var s = 0; s < HashSlots; s++)
        {
            CompactDigits.WriteFixed(tables, HashTable + (s * IndexDigits), IndexDigits, slots[s]);
        }

        for (var i = 0; i < sharedAddresses.Length; i++)
        {
            CompactDigits.WriteFixed(tables, SharedTable + (i * AddressDigits), AddressDigits, sharedAddresses[i]);
        }

        return tables;
    }

    /// <summary>The hash table: FNV-1a of each id, linear probing; record index + 1, 0 = empty.</summary>
    private int[] HashSlotsOf(CollectionModel model)
    {
        var slots = new int[HashSlots];
        for (var i = 0; i < Count; i++)
        {
            var slot = (int)(CompactDigits.Hash(model.Records[i].Id) & (uint)(HashSlots - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (HashSlots - 1);
            }

            slots[slot] = i + 1;
        }

        return slots;
    }

    private void Gather(TypeShape root)
    {
        foreach (var type in TypeGraph.Reachable(root).Values)
        {
            _types[type.FullyQualifiedName] = type;
            _patterns[type.FullyQualifiedName] = new TypePatterns(type);
        }
    }

    private ObjectPattern PatternOf(BoundObject value, TypeShape type) => _patterns[type.FullyQualifiedName].Of(value);

    private static BoundValue FieldValue(BoundObject value, string property)
    {
        foreach (var field in value.Fields)
        {
            if (field.Property == property)
            {
                return field.Value;
            }
        }

        throw new NotSupportedException("Missing field " + property);
    }

    List<byte> ICompactEncoder.Output => _output;

    public void ScanObject(BoundObject value, TypeShape type)
    {
        foreach (var field in PatternOf(value, type).Fields.Where(f => !f.IsNull))
        {
            ScanValue(FieldValue(value, field.Property.Name), field.Property.Value);
        }
    }

    public void ScanValue(BoundValue value, ValueShape shape)
    {
        if (value is not BoundNull)
        {
            ValueCodecs.For(value).Scan(value, shape, this);
        }
    }

    /// <summary>A string's uses, to share those used more than once; the record's own id is never stored again.</summary>
    public void CountString(string text)
    {
        if (text != _recordId)
        {
            _stringUses[text] = _stringUses.TryGetValue(text, out var uses) ? uses + 1 : 1;
        }
    }

    public void WriteObject(BoundObject value, TypeShape type)
    {
        var pattern = PatternOf(value, type);
        CompactDigits.WriteVarint(_output, (ulong)pattern.Index);
        foreach (var field in pattern.Fields.Where(f => !f.IsNull))
        {
            WriteValue(FieldValue(value, field.Property.Name), field.Property.Value);
        }
    }

    /// <summary>Writes a value by its shape's kind; a value of another kind than its shape is a bug, refused.</summary>
    public void WriteValue(BoundValue value, ValueShape shape)
    {
        var codec = ValueCodecs.For(shape.Kind);
        if (value is BoundNull || ValueCodecs.For(value) != codec)
        {
            throw new NotSupportedException("Cannot encode " + value.GetType().Name + " as " + shape.Kind);
        }

        codec.Encode(value, shape, this);
    }

    public ulong EnumIndex(ValueShape shape, string member)
    {
        if (!_enumIndexes.TryGetValue(shape.TypeName, out var indexes))
        {
            indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < shape.EnumMembers.Count; i++)
            {
                indexes[shape.EnumMembers[i]] = i;
            }

            _enumIndexes[shape.TypeName] = indexes;
        }

        return indexes.TryGetValue(member, out var index) ? (ulong)index : throw new NotSupportedException("Unknown enum member " + member);
    }

    public void WriteString(string text)
    {
        if (text == _recordId)
        {
            CompactDigits.WriteVarint(_output, 2);
        }
        else if (_shared.TryGetValue(text, out var index))
        {
            CompactDigits.WriteVarint(_output, ((ulong)index << 2) | 1);
        }
        else
        {
            var bytes = s_utf8.GetBytes(text);
            CompactDigits.WriteVarint(_output, ((ulong)bytes.Length << 2) | (IsAscii(bytes) ? 3UL : 0UL));
            _output.AddRange(bytes);
        }
    }

    private static void WriteText(List<byte> output, string text)
    {
        var bytes = s_utf8.GetBytes(text);
        CompactDigits.WriteVarint(output, ((ulong)bytes.Length << 1) | (IsAscii(bytes) ? 1UL : 0UL));
        output.AddRange(bytes);
    }

    private static bool IsAscii(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
