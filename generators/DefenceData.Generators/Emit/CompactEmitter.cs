using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Values;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits a compact collection's decoders (<c>Events.Decoders.g.cs</c>): one generated reader per
/// object type and list shape, over the records the buckets hold (<see cref="CompactBucketEmitter"/>),
/// found through the index (<see cref="CompactIndexEmitter"/>). A bucket numbers the patterns it uses
/// itself; the pattern map here turns its numbers into the decoders' (<see cref="CollectionPlan"/>), so
/// this source changes only when the set of patterns does.
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

    /// <summary>The decoders' source: the collection class's <c>__Decoders</c> and <c>__Reader</c>.</summary>
    public static string EmitDecoders(CompactDecoderModel model)
    {
        var w = OpenPart(model.Shape, ": the decoders of its compact records.");
        var types = TypeGraph.Reachable(model.Shape.Record!).Values.ToList();
        new Decoder(model, types, w).Write();
        w.Line();
        WriteReader(w, types);
        w.Close();
        return w.ToString();
    }

    /// <summary>A <c>Chunk(int index)</c> method handing out <paramref name="chunks"/> as <c>"…"u8</c> literals, with the attribute given.</summary>
    internal static void WriteChunkMethod(SourceWriter w, string access, string attribute, IReadOnlyList<byte[]> chunks)
    {
        w.Line(attribute);
        w.Open(access + " static " + Span + " Chunk(int index)");
        w.Open("switch (index)");
        for (var c = 0; c < chunks.Count; c++)
        {
            w.Line("case " + Int(c) + ": return " + Utf8Literal.Of(chunks[c]) + ";");
        }

        w.Line("default: throw __Records.Corrupt();");
        w.Close();
        w.Close();
    }

    /// <summary>The head of a source that adds to the collection class, and the class opened.</summary>
    internal static SourceWriter OpenPart(CollectionShape shape, string what)
    {
        var w = SourceWriter.File(" for " + shape.ClassName + what, shape.Namespace);
        w.Open("static partial class " + shape.ClassName);
        return w;
    }

    /// <summary>Writes <c>__Decoders</c>: the pattern map, the enum tables and one reader per object type and list shape.</summary>
    private sealed class Decoder : ICompactDecoder
    {
        private readonly CompactDecoderModel _model;
        private readonly SourceWriter _w;
        private readonly List<TypeShape> _types;
        private readonly Dictionary<string, int> _enums = new(System.StringComparer.Ordinal);
        private readonly List<ValueShape> _enumShapes = new();
        private readonly Dictionary<string, int> _lists = new(System.StringComparer.Ordinal);
        private readonly List<ValueShape> _listShapes = new();

        public Decoder(CompactDecoderModel model, List<TypeShape> types, SourceWriter w)
        {
            _model = model;
            _w = w;
            _types = types;
        }

        public void Write()
        {
            var w = _w;
            var root = _types.FindIndex(t => t.FullyQualifiedName == _model.Shape.Record!.FullyQualifiedName);
            w.Line("/// <summary>Decodes the records of " + _model.Shape.ClassName + " from their buckets.</summary>");
            w.Open("private static class __Decoders");

            // Decoders first (they register the enum tables and list helpers they use), then the rest.
            var decoders = WriteDecoders();
            WriteEnumTables();
            w.Line();
            w.Line("/// <summary>Reads one record's object.</summary>");
            // A collection without records (compact by force) has no decoder for its record type, and no record to read.
            w.Line("public static " + _model.Shape.Record!.FullyQualifiedName + " Record(ref __Reader r) => "
                + (PatternsOf(_types[root]).Any() ? "Read" + Int(root) + "(ref r);" : "throw __Records.Corrupt();"));
            w.Line();
            WritePatternMap();
            w.Line();
            foreach (var line in decoders.ToString().TrimEnd('\n').Split('\n'))
            {
                w.Line(line);
            }

            w.Close();
        }

        /// <summary>One decoder per object type some record holds, then one per list shape they use, into a writer of their own.</summary>
        private SourceWriter WriteDecoders()
        {
            var decoders = new SourceWriter();
            for (var t = 0; t < _types.Count; t++)
            {
                if (PatternsOf(_types[t]).Any())
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

        /// <summary>The type's patterns with the decoders' numbers.</summary>
        private IEnumerable<(int Number, ObjectPattern Pattern)> PatternsOf(TypeShape type) =>
            _model.Patterns.Select((p, i) => (p, i)).Where(p => p.p.Type == type.FullyQualifiedName).Select(p => (p.i, TypePatterns.FromKey(type, p.p.Key)));

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

        /// <summary>
        /// <c>Pattern</c>: a bucket's pattern number as the decoders number it. The map: one fixed-width
        /// start per bucket (the position of its first number), then the numbers.
        /// </summary>
        private void WritePatternMap()
        {
            var numberDigits = CompactDigits.DigitsFor(System.Math.Max(0, _model.Patterns.Count - 1));
            var total = _model.Buckets.Sum(b => b.Numbers.Count);
            var startDigits = CompactDigits.DigitsFor((CompactBuckets.Count * 8) + ((long)total * numberDigits));
            var header = CompactBuckets.Count * startDigits;
            var map = new byte[header + (total * numberDigits)];
            CompactDigits.WriteFixed(map, 0, header, 0); // Buckets without records start nowhere: printable zero digits, as the rest.
            var at = header;
            foreach (var bucket in _model.Buckets)
            {
                CompactDigits.WriteFixed(map, bucket.Bucket * startDigits, startDigits, at);
                foreach (var number in bucket.Numbers)
                {
                    CompactDigits.WriteFixed(map, at, numberDigits, number);
                    at += numberDigits;
                }
            }

            var w = _w;
            w.Line("/// <summary>Bucket <paramref name=\"bucket\"/>'s pattern <paramref name=\"number\"/>, as the decoders number it.</summary>");
            w.Line(Optimized);
            w.Open("private static int Pattern(int bucket, int number)");
            w.Line("var map = PatternMap;");
            w.Line("var start = __Records.Fixed(map, bucket * " + Int(startDigits) + ", " + Int(startDigits) + ");");
            w.Line("return __Records.Fixed(map, start + (number * " + Int(numberDigits) + "), " + Int(numberDigits) + ");");
            w.Close();
            w.Line();
            w.Line("// Layout in DefenceData.Generators' CompactEmitter.WritePatternMap.");
            w.Line("private static " + Span + " PatternMap => " + Utf8Literal.Of(map) + ";");
        }

        private void WriteObjectDecoder(SourceWriter w, int index)
        {
            var type = _types[index];
            w.Line(Optimized);
            w.Open("private static " + type.FullyQualifiedName + " Read" + Int(index) + "(ref __Reader r)");
            w.Open("switch (Pattern(r.Bucket, (int)r.Varint()))");
            foreach (var (number, pattern) in PatternsOf(type))
            {
                w.Line("case " + Int(number) + ":");
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
            w.Line("    throw __Records.Corrupt();");
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

    private static void WriteReader(SourceWriter w, IReadOnlyList<TypeShape> types)
    {
        w.Line("/// <summary>Reads a bucket's encodings (DefenceData.Generators' CompactDigits and CompactBlob).</summary>");
        w.Open("private ref struct __Reader");
        WriteReaderState(w);
        WriteVarint(w);

        // Each kind's own reader members (Values/), in kind order.
        var used = new System.Collections.Generic.HashSet<ValueKind>(types.SelectMany(t => t.Properties)
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
        w.Open("public __Reader(" + Span + " blob, int position, int bucket)");
        w.Line("_blob = blob;");
        w.Line("_record = position;");
        w.Line("_position = position;");
        w.Line("_id = null;");
        w.Line("Bucket = bucket;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The bucket read: its shared strings and pattern numbers are its own.</summary>");
        w.Line("public int Bucket { get; }");
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
        w.Line("    return (tag & 4) == 0 ? __Records.Shared(Bucket, (int)(tag >> 3)) : __Strings.Get((uint)(tag >> 3));");
        w.Line("case 2:");
        w.Line("    return _id ??= new __Reader(_blob, _record, Bucket).Text();");
        w.Line("default:");
        w.Line("    return Decode((int)(tag >> 2), (tag & 3) == 3);");
        w.Close();
        w.Close();
    }
}
