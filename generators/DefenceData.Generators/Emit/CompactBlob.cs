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
/// The set of properties one object sets, in declaration order, known by its key
/// (<see cref="TypePatterns"/>). A decoder builds each pattern with its own object initializer, so a
/// property the YAML leaves out keeps the type's own default, exactly as in readable mode.
/// </summary>
internal sealed record ObjectPattern(string Key, IReadOnlyList<PatternField> Fields);

/// <summary>A pattern of one object type, as the plan and the buckets number them: by type, then key, ordinal.</summary>
internal sealed record PatternKey(string Type, string Key) : IComparable<PatternKey>
{
    public int CompareTo(PatternKey? other) =>
        other is null ? 1 : string.CompareOrdinal(Type, other.Type) is var byType and not 0 ? byType : string.CompareOrdinal(Key, other.Key);
}

/// <summary>
/// One bucket's records (<see cref="CompactBuckets"/>) serialized following the bound shape, as data
/// chunks (<see cref="DataChunks"/>: at most 64 KB, no item straddling two), chunk 0 being its tables.
/// <code>
/// chunk 0: [record count: 4 digits][shared count: 4 digits][address digits: 1 digit]
///          [record table: count × AddressDigits]    address of each record, in bucket order
///          [shared table: shared × AddressDigits]   address of each string the bucket uses more than once
/// chunks 1…: shared strings (varint byte length &lt;&lt; 1 | 1 when ASCII, then UTF-8), then per record:
///          its id (the same) and its object: varint pattern, then each pattern field's value that is not null
/// </code>
/// An address is chunk &lt;&lt; <see cref="DataChunks.ChunkShift"/> | offset in the chunk. A pattern
/// is the bucket's own number for it (<see cref="Patterns"/>: its patterns in <see cref="PatternKey"/>
/// order), mapped to the decoders' at run time.
/// Values: string = varint tag (length &lt;&lt; 2 | 0, then UTF-8 inline; length &lt;&lt; 2 | 3, then ASCII
/// inline; index &lt;&lt; 3 | 1 shared in the bucket; hash &lt;&lt; 3 | 5 shared across buckets, found by
/// its FNV-1a hash in the collection's strings (<see cref="CompactStrings"/>); 2 = the record's own id); bool, enum (index of the member) and
/// counts = varint; int and long = zig-zag varint; double = varint of its bits; decimal = string of
/// its invariant text; date = varint year, month and day (0 = not known); list = varint count, then
/// each item (preceded by 0 = null, 1 = present where the element is nullable); object = varint
/// pattern and fields.
/// </summary>
internal sealed class CompactBlob : ICompactEncoder
{
    /// <summary>Above this many patterns for one type, the collection is emitted readably instead.</summary>
    public const int MaxPatternsPerType = 1024;

    /// <summary>The header of chunk 0: record count, shared count (4 digits each), address digits (1).</summary>
    public const int CountDigits = 4;

    public const int HeaderBytes = (2 * CountDigits) + 1;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, TypeShape> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypePatterns> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<PatternKey, int> _patternNumbers = new();
    private readonly Dictionary<string, Dictionary<string, int>> _enumIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stringUses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _shared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _global = new(StringComparer.Ordinal);
    private List<byte> _output = new();
    private string _recordId = "";

    private CompactBlob()
    {
    }

    /// <summary>Chunk 0, the tables, then the data chunks: shared strings, then records.</summary>
    public IReadOnlyList<byte[]> Chunks { get; private set; } = Array.Empty<byte[]>();

    /// <summary>The patterns the bucket's objects use, in the order of the numbers it writes.</summary>
    public IReadOnlyList<PatternKey> Patterns { get; private set; } = Array.Empty<PatternKey>();

    public int Count { get; private set; }

    /// <summary>
    /// Serializes one bucket's records of a collection whose root type is <paramref name="root"/>.
    /// Throws <see cref="NotSupportedException"/> where a value does not fit its shape (the plan has
    /// already sent collections it cannot hold to readable mode).
    /// </summary>
    public static CompactBlob Build(TypeShape root, IReadOnlyList<RecordData> records, IEnumerable<string>? global = null)
    {
        var blob = new CompactBlob();
        blob._global.UnionWith(global ?? Enumerable.Empty<string>());
        blob.Write(root, records);
        return blob;
    }

    /// <summary>
    /// What the plan and the shared strings read of a file, from one walk of its records: the patterns
    /// they use, in <see cref="PatternKey"/> order, and the strings they hold but their own ids, in ordinal order.
    /// </summary>
    public static (IReadOnlyList<PatternKey> Patterns, IReadOnlyList<string> Strings) Survey(TypeShape root, IReadOnlyList<RecordData> records)
    {
        var blob = new CompactBlob();
        blob.Gather(root);
        blob.Scan(records, root);
        return (blob.Patterns, blob._stringUses.Keys.OrderBy(s => s, StringComparer.Ordinal).ToList());
    }

    private void Write(TypeShape root, IReadOnlyList<RecordData> records)
    {
        Count = records.Count;
        Gather(root);
        Scan(records, root);
        var chunks = new DataChunks(firstChunk: 1);
        var sharedAddresses = WriteShared(chunks);
        var recordAddresses = WriteRecords(records, root, chunks);
        var tables = BuildTables(chunks.Count, recordAddresses, sharedAddresses);
        Chunks = new[] { tables }.Concat(chunks.ToArrays()).ToList();
    }

    /// <summary>Pass 1: patterns and string uses, in record order, so numbering is deterministic.</summary>
    private void Scan(IReadOnlyList<RecordData> records, TypeShape root)
    {
        foreach (var record in records)
        {
            _recordId = record.Id;
            ScanObject(record.Value, root);
        }

        Patterns = _patterns.SelectMany(t => t.Value.Keys.Select(k => new PatternKey(t.Key, k))).OrderBy(k => k).ToList();
        for (var i = 0; i < Patterns.Count; i++)
        {
            _patternNumbers[Patterns[i]] = i;
        }

        foreach (var use in _stringUses.Where(u => u.Value > 1))
        {
            _shared[use.Key] = _shared.Count; // Dictionary keeps insertion order while nothing is removed.
        }
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
    private int[] WriteRecords(IReadOnlyList<RecordData> records, TypeShape root, DataChunks chunks)
    {
        var item = chunks.Item;
        var recordAddresses = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            WriteText(item, records[i].Id);
            (_output, _recordId) = (item, records[i].Id);
            WriteObject(records[i].Value, root);
            recordAddresses[i] = chunks.Append();
        }

        return recordAddresses;
    }

    /// <summary>Chunk 0: the header, the record table and the shared table, sized once the chunks are known.</summary>
    private byte[] BuildTables(int chunkCount, int[] recordAddresses, int[] sharedAddresses)
    {
        var addressDigits = CompactDigits.DigitsFor((long)chunkCount << DataChunks.ChunkShift);
        var tables = new byte[HeaderBytes + ((recordAddresses.Length + sharedAddresses.Length) * addressDigits)];
        CompactDigits.WriteFixed(tables, 0, CountDigits, recordAddresses.Length);
        CompactDigits.WriteFixed(tables, CountDigits, CountDigits, sharedAddresses.Length);
        CompactDigits.WriteFixed(tables, 2 * CountDigits, 1, addressDigits);
        var at = HeaderBytes;
        foreach (var address in recordAddresses.Concat(sharedAddresses))
        {
            CompactDigits.WriteFixed(tables, at, addressDigits, address);
            at += addressDigits;
        }

        return tables;
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
        if (text != _recordId && !_global.Contains(text))
        {
            _stringUses[text] = _stringUses.TryGetValue(text, out var uses) ? uses + 1 : 1;
        }
    }

    public void WriteObject(BoundObject value, TypeShape type)
    {
        var pattern = PatternOf(value, type);
        CompactDigits.WriteVarint(_output, (ulong)_patternNumbers[new PatternKey(type.FullyQualifiedName, pattern.Key)]);
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
        else if (_global.Contains(text))
        {
            CompactDigits.WriteVarint(_output, ((ulong)CompactDigits.Hash(text) << 3) | 5);
        }
        else if (_shared.TryGetValue(text, out var index))
        {
            CompactDigits.WriteVarint(_output, ((ulong)index << 3) | 1);
        }
        else
        {
            var bytes = s_utf8.GetBytes(text);
            CompactDigits.WriteVarint(_output, ((ulong)bytes.Length << 2) | (IsAscii(bytes) ? 3UL : 0UL));
            _output.AddRange(bytes);
        }
    }

    /// <summary>A text as a shared string or an id is written: varint byte length &lt;&lt; 1 | 1 when ASCII, then UTF-8.</summary>
    internal static void WriteText(List<byte> output, string text)
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
