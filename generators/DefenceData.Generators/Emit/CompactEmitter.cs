using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Values;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits a collection in compact mode: the same public surface as readable mode, over records
/// serialized into <c>"…"u8</c> literals (<see cref="CompactBlob"/>) and a generated per-type
/// decoder in a file-local class. Nothing is decoded up front: <c>Get</c>/<c>TryGet</c> probe a hash
/// table stored in the blob and compare id bytes in place (O(1), no index to build), and each record
/// is decoded on its first access and kept (thread-safe: one instance wins). <c>All</c> decodes every
/// record once. Strings used more than once are stored once and shared.
/// </summary>
internal static class CompactEmitter
{
    private const string Span = "global::System.ReadOnlySpan<byte>";

    /// <summary>
    /// On the hot decoding paths: start-up is over before tiered compilation would promote them, and
    /// tier-0 code (span indexers not inlined) decodes several times slower.
    /// </summary>
    internal const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Emit(CollectionModel model, CompactBlob blob, bool namedMembers)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        var w = new SourceWriter();
        CollectionEmitter.WriteSurface(w, model, new CollectionEmitter.Surface(
            "global::System.Threading.LazyInitializer.EnsureInitialized(ref s_all, static () => global::System.Array.AsReadOnly(__Records.All()))",
            "__Records.IndexOf(id) is var index && index >= 0 ? __Records.Record(index) : ",
            new[]
            {
                "var index = __Records.IndexOf(id);",
                "record = index >= 0 ? __Records.Record(index) : null;",
                "return index >= 0;",
            },
            i => "__Records.Record(" + i.ToString(CultureInfo.InvariantCulture) + ")"), namedMembers);
        w.Close();
        w.Line();
        new Decoder(model, blob, w).Write(type);
        w.Line();
        WriteReader(w, blob);
        return w.ToString();
    }

    /// <summary>Writes the file-local class that holds the blob and decodes it.</summary>
    private sealed class Decoder : ICompactDecoder
    {
        private readonly CollectionModel _model;
        private readonly CompactBlob _blob;
        private readonly SourceWriter _w;
        private readonly List<TypeShape> _types;
        private readonly Dictionary<string, int> _enums = new(System.StringComparer.Ordinal);
        private readonly List<ValueShape> _enumShapes = new();
        private readonly Dictionary<string, int> _lists = new(System.StringComparer.Ordinal);
        private readonly List<ValueShape> _listShapes = new();

        public Decoder(CollectionModel model, CompactBlob blob, SourceWriter w)
        {
            _model = model;
            _blob = blob;
            _w = w;
            _types = blob.Types.ToList();
        }

        public void Write(string type)
        {
            var w = _w;
            w.Line("/// <summary>The records of " + _model.Shape.ClassName + ", serialized at build time and decoded on first access.</summary>");
            w.Open("file static class __Records");
            WriteFields(type);

            // Decoders first (they register the enum tables and list helpers they use), then the rest.
            var decoders = WriteDecoders();
            WriteEnumTables();
            WriteAccess(type);
            WriteMaterialize(type);
            WriteHelpers();
            foreach (var line in decoders.ToString().TrimEnd('\n').Split('\n'))
            {
                w.Line(line);
            }

            w.Line();
            WriteBlob();
            w.Close();
        }

        /// <summary>The layout constants and the caches of decoded records and shared strings.</summary>
        private void WriteFields(string type)
        {
            var w = _w;
            w.Line("private const int Count = " + Int(_blob.Count) + ";");
            w.Line("private const int AddressDigits = " + Int(_blob.AddressDigits) + ";");
            w.Line("private const int HashTable = " + Int(_blob.HashTable) + ";");
            w.Line("private const int HashMask = " + Int(_blob.HashSlots - 1) + ";");
            w.Line("private const int IndexDigits = " + Int(_blob.IndexDigits) + ";");
            w.Line("private const int SharedTable = " + Int(_blob.SharedTable) + ";");
            w.Line("private const int ChunkShift = " + Int(DataChunks.ChunkShift) + ";");
            w.Line("private const int ChunkMask = " + Int(DataChunks.ChunkBytes - 1) + ";");
            w.Line("private static readonly " + type + "?[] s_records = new " + type + "?[Count];");
            w.Line("private static readonly string?[] s_shared = new string?[" + Int(_blob.SharedCount) + "];");
        }

        /// <summary>One decoder per object type some record holds, then one per list shape they use, into a writer of their own.</summary>
        private SourceWriter WriteDecoders()
        {
            var decoders = new SourceWriter();
            for (var t = 0; t < _types.Count; t++)
            {
                if (_blob.PatternsOf(_types[t].FullyQualifiedName).Count > 0)
                {
                    WriteObjectDecoder(decoders, t); // A type no record holds needs no decoder.
                }
            }

            for (var l = 0; l < _listShapes.Count; l++)
            {
                WriteListDecoder(decoders, l);
            }

            return decoders;
        }

        /// <summary>The enum member tables the decoders registered.</summary>
        private void WriteEnumTables()
        {
            var w = _w;
            for (var e = 0; e < _enumShapes.Count; e++)
            {
                var shape = _enumShapes[e];
                w.Line("private static readonly " + shape.TypeName + "[] s_enum" + Int(e) + " = { "
                    + string.Join(", ", shape.EnumMembers.Select(m => shape.TypeName + "." + Identifiers.Escape(m))) + " };");
            }
        }

        /// <summary><c>Record</c>, <c>All</c>, <c>IndexOf</c> (the hash table probe) and <c>Shared</c>: what the surface calls.</summary>
        private void WriteAccess(string type)
        {
            var w = _w;
            w.Line();
            w.Line("/// <summary>The record at <paramref name=\"index\"/>, decoded on first access.</summary>");
            w.Line(Optimized);
            w.Line("public static " + type + " Record(int index) =>");
            w.Line("    global::System.Threading.Volatile.Read(ref s_records[index]) ?? Materialize(index);");
            w.Line();
            w.Line("/// <summary>Every record, in id order.</summary>");
            w.Line(Optimized);
            w.Open("public static " + type + "[] All()");
            w.Line("var all = new " + type + "[Count];");
            w.Open("for (var i = 0; i < all.Length; i++)");
            w.Line("all[i] = Record(i);");
            w.Close();
            w.Line();
            w.Line("return all;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The index of the record with the given id, or -1: one hash, one probe sequence, no allocation.</summary>");
            w.Line(Optimized);
            w.Open("public static int IndexOf(string id)");
            w.Line("var tables = Tables;");
            w.Line("var hash = 2166136261u;");
            w.Open("foreach (var c in id)");
            w.Line("hash = unchecked((hash ^ c) * 16777619u);");
            w.Close();
            w.Line();
            w.Line("var slot = (int)(hash & HashMask);");
            w.Open("while (true)");
            w.Line("var entry = Fixed(tables, HashTable + (slot * IndexDigits), IndexDigits);");
            w.Open("if (entry == 0)");
            w.Line("return -1;");
            w.Close();
            w.Line();
            w.Open("if (IdEquals(Fixed(tables, (entry - 1) * AddressDigits, AddressDigits), id))");
            w.Line("return entry - 1;");
            w.Close();
            w.Line();
            w.Line("slot = (slot + 1) & HashMask;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("/// <summary>A string used more than once, decoded once.</summary>");
            w.Line(Optimized);
            w.Line("public static string Shared(int index) =>");
            w.Line("    s_shared[index] ??= At(Fixed(Tables, SharedTable + (index * AddressDigits), AddressDigits)).Text();");
        }

        /// <summary>Decodes one record on its first access; one instance wins a race.</summary>
        private void WriteMaterialize(string type)
        {
            var w = _w;
            var root = _types.FindIndex(t => t.FullyQualifiedName == type);
            w.Line();
            w.Line(Optimized);
            w.Open("private static " + type + " Materialize(int index)");
            w.Line("var reader = At(Fixed(Tables, index * AddressDigits, AddressDigits));");
            w.Line("reader.SkipId();");
            w.Line("var record = Read" + Int(root) + "(ref reader);");
            w.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_records[index], record, null) ?? record;");
            w.Close();
        }

        /// <summary><c>IdEquals</c> (id bytes against a string, in place) and <c>Fixed</c> (a fixed-width number).</summary>
        private void WriteHelpers()
        {
            var w = _w;
            w.Line();
            w.Line("// Ids are kebab-case ASCII (checked by the generator), so bytes compare with chars one to one.");
            w.Line(Optimized);
            w.Open("private static bool IdEquals(int address, string id)");
            w.Line("var reader = At(address);");
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
            w.Line();
            w.Line(Optimized);
            w.Open("private static int Fixed(" + Span + " blob, int at, int digits)");
            w.Line("var value = 0;");
            w.Open("for (var i = digits - 1; i >= 0; i--)");
            w.Line("value = (value << 6) | (blob[at + i] - " + Int(CompactDigits.Fixed) + ");");
            w.Close();
            w.Line();
            w.Line("return value;");
            w.Close();
            w.Line();
        }

        /// <summary><c>Corrupt</c>, <c>At</c>, and the blob itself: the tables and the chunks of records.</summary>
        private void WriteBlob()
        {
            var w = _w;
            w.Line("private static global::System.InvalidOperationException Corrupt() => new(\"The compact records of " + _model.Shape.ClassName + " are corrupt.\");");
            w.Line();
            w.Line("/// <summary>A reader at an address: chunk, then offset in the chunk.</summary>");
            w.Line(Optimized);
            w.Line("private static __Reader At(int address) => new(Chunk(address >> ChunkShift), address & ChunkMask);");
            w.Line();
            w.Line("// Layout in DefenceData.Generators' CompactBlob.");
            w.Line("private static " + Span + " Tables => " + Utf8Literal.Of(_blob.Tables) + ";");
            w.Line();
            w.Line("// " + Int(_blob.Chunks.Sum(c => c.Length)) + " bytes in " + Int(_blob.Chunks.Count) + " chunks: shared strings, then the records.");
            w.Line(Optimized);
            w.Open("private static " + Span + " Chunk(int index)");
            w.Open("switch (index)");
            for (var c = 0; c < _blob.Chunks.Count; c++)
            {
                w.Line("case " + Int(c) + ": return " + Utf8Literal.Of(_blob.Chunks[c]) + ";");
            }

            w.Line("default: throw Corrupt();");
            w.Close();
            w.Close();
        }

        private void WriteObjectDecoder(SourceWriter w, int index)
        {
            var type = _types[index];
            w.Line(Optimized);
            w.Open("private static " + type.FullyQualifiedName + " Read" + Int(index) + "(ref __Reader r)");
            w.Open("switch ((int)r.Varint())");
            foreach (var pattern in _blob.PatternsOf(type.FullyQualifiedName))
            {
                w.Line("case " + Int(pattern.Index) + ":");
                w.Line("    return new " + type.FullyQualifiedName);
                w.Line("    {");
                foreach (var field in pattern.Fields)
                {
                    w.Line("        " + Identifiers.Escape(field.Property.Name) + " = " + (field.IsNull ? "null" : Read(field.Property.Value)) + ",");
                }

                if (type.HasScope)
                {
                    w.Line("        " + Resolution.ScopeNames.ScopeAssignment + ",");
                }

                w.Line("    };");
            }

            w.Line("default:");
            w.Line("    throw Corrupt();");
            w.Close();
            w.Close();
            w.Line();
        }

        private void WriteListDecoder(SourceWriter w, int index)
        {
            var element = _listShapes[index].Element!;
            var elementType = ElementType(element);
            w.Line(Optimized);
            w.Open("private static " + elementType + "[] List" + Int(index) + "(ref __Reader r)");
            w.Line("var count = (int)r.Varint();");
            w.Open("if (count == 0)");
            w.Line("return global::System.Array.Empty<" + elementType + ">();");
            w.Close();
            w.Line();
            w.Line("var items = new " + ArrayOf(elementType) + ";");
            w.Open("for (var i = 0; i < items.Length; i++)");
            w.Line("items[i] = " + (element.IsNullable ? "r.Present() ? " + Read(element) + " : null" : Read(element)) + ";");
            w.Close();
            w.Line();
            w.Line("return items;");
            w.Close();
            w.Line();
        }

        private static string ElementType(ValueShape element) => element.TypeName + (element.IsNullable && !element.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? "?" : "");

        // new T[count], also when T is itself an array type (new T[count][]).
        private static string ArrayOf(string elementType)
        {
            var bracket = elementType.IndexOf('[');
            return bracket < 0 ? elementType + "[count]" : elementType.Substring(0, bracket) + "[count]" + elementType.Substring(bracket);
        }

        /// <summary>The expression that reads one non-null value of the shape: its kind's codec says how.</summary>
        public string Read(ValueShape shape) => ValueCodecs.For(shape.Kind).Decode(shape, this);

        public string EnumTable(ValueShape shape)
        {
            if (!_enums.TryGetValue(shape.TypeName, out var e))
            {
                _enums[shape.TypeName] = e = _enumShapes.Count;
                _enumShapes.Add(shape);
            }

            return "s_enum" + Int(e);
        }

        public string ObjectReader(ValueShape shape) =>
            "Read" + Int(_types.FindIndex(t => t.FullyQualifiedName == shape.Object!.FullyQualifiedName)) + "(ref r)";

        public string ListReader(ValueShape shape)
        {
            var key = ElementType(shape.Element!) + "|" + shape.Element!.Kind;
            if (!_lists.TryGetValue(key, out var l))
            {
                _lists[key] = l = _listShapes.Count;
                _listShapes.Add(shape);
            }

            return "List" + Int(l) + "(ref r)";
        }
    }

    private static void WriteReader(SourceWriter w, CompactBlob blob)
    {
        w.Line("/// <summary>Reads the blob's encodings (DefenceData.Generators' CompactDigits and CompactBlob).</summary>");
        w.Open("file ref struct __Reader");
        WriteReaderState(w);
        WriteVarint(w);

        // Each kind's own reader members (Values/), in kind order.
        var used = new System.Collections.Generic.HashSet<ValueKind>(blob.Types.SelectMany(t => t.Properties)
            .SelectMany(p => new[] { p.Value.Kind, p.Value.Element?.Kind ?? p.Value.Kind }));
        foreach (var codec in ValueCodecs.All)
        {
            codec.WriteReaderMembers(w, used.Contains(codec.Kind));
        }

        WriteTextMembers(w);
        w.Close();
    }

    /// <summary>The reader's fields, constructor and <c>Bytes</c>.</summary>
    private static void WriteReaderState(SourceWriter w)
    {
        w.Line("private readonly " + Span + " _blob;");
        w.Line("private readonly int _record;");
        w.Line("private int _position;");
        w.Line("private string? _id;");
        w.Line();
        w.Open("public __Reader(" + Span + " blob, int position)");
        w.Line("_blob = blob;");
        w.Line("_record = position;");
        w.Line("_position = position;");
        w.Line("_id = null;");
        w.Close();
        w.Line();
        w.Line("public readonly " + Span + " Bytes(int length) => _blob.Slice(_position, length);");
        w.Line();
    }

    /// <summary><c>Varint</c>: the variable-length number every encoding starts with (CompactDigits).</summary>
    private static void WriteVarint(SourceWriter w)
    {
        w.Line(Optimized);
        w.Open("public ulong Varint()");
        w.Line("ulong value = 0;");
        w.Line("var shift = 0;");
        w.Open("while (true)");
        w.Line("int b = _blob[_position++];");
        w.Open("if (b < " + Int(CompactDigits.Continuation) + ")");
        w.Line("return value | ((ulong)(b - " + Int(CompactDigits.Terminal) + ") << shift);");
        w.Close();
        w.Line();
        w.Line("value |= (ulong)(b - " + Int(CompactDigits.Continuation) + ") << shift;");
        w.Line("shift += 5;");
        w.Close();
        w.Close();
        w.Line();
    }

    /// <summary><c>Present</c>, and text: <c>Text</c>, <c>SkipId</c>, <c>Decode</c> and <c>String</c> (inline, shared or the record's own id).</summary>
    private static void WriteTextMembers(SourceWriter w)
    {
        w.Line(Optimized);
        w.Line("public bool Present() => Varint() != 0;");
        w.Line();
        w.Line(Optimized);
        w.Open("public string Text()");
        w.Line("var header = Varint();");
        w.Line("return Decode((int)(header >> 1), (header & 1) != 0);");
        w.Close();
        w.Line();
        w.Line(Optimized);
        w.Open("public void SkipId()");
        w.Line("var length = (int)(Varint() >> 1); // Read first: it moves the position.");
        w.Line("_position += length;");
        w.Close();
        w.Line();
        w.Line("// Text the generator found to be ASCII is widened as Latin-1, which reads ASCII exactly as UTF-8");
        w.Line("// does, in about a third of the time per short string (nothing to validate or count).");
        w.Line(Optimized);
        w.Open("private string Decode(int length, bool ascii)");
        w.Line("var bytes = _blob.Slice(_position, length);");
        w.Line("_position += length;");
        w.Line("return ascii ? global::System.Text.Encoding.Latin1.GetString(bytes) : global::System.Text.Encoding.UTF8.GetString(bytes);");
        w.Close();
        w.Line();
        w.Line(Optimized);
        w.Open("public string String()");
        w.Line("var tag = Varint();");
        w.Open("switch (tag & 3)");
        w.Line("case 1:");
        w.Line("    return __Records.Shared((int)(tag >> 2));");
        w.Line("case 2:");
        w.Line("    return _id ??= new __Reader(_blob, _record).Text();");
        w.Line("default:");
        w.Line("    return Decode((int)(tag >> 2), (tag & 3) == 3);");
        w.Close();
        w.Close();
    }
}
