using System.Collections.Generic;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>
/// A list (<c>IReadOnlyList&lt;T&gt;</c> and the like) of any other kind: a YAML sequence, each item bound
/// by its element's kind. Readable: an array. Compact: varint count, then each item (preceded by 0 = null,
/// 1 = present where the element is nullable); decoded by a generated helper per element type.
/// </summary>
internal sealed class ListCodec : ValueCodec
{
    public static readonly ListCodec Instance = new();

    public override ValueKind Kind => ValueKind.List;

    public override string Expected(ValueShape shape) => "a sequence";

    public override BoundValue? Bind(YamlNode node, ValueShape shape, IBindContext context)
    {
        if (node is not YamlSequence sequence)
        {
            return context.WrongType(node, Expected(shape));
        }

        var items = new List<BoundValue>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            var bound = context.BindValue(item, shape.Element!);
            if (bound is null)
            {
                ok = false;
            }
            else
            {
                items.Add(bound);
            }
        }

        return ok ? new BoundList(ElementTypeName(shape.Element!), items.ToEquatableArray()) : null;
    }

    /// <summary>The empty list a non-nullable list property gets for a YAML null.</summary>
    public static BoundList Empty(ValueShape shape) => new(ElementTypeName(shape.Element!), EquatableArray<BoundValue>.Empty);

    /// <summary>The element type as C# writes it: a nullable element keeps its '?' (int?[], string?[]).</summary>
    public static string ElementTypeName(ValueShape element) =>
        element.IsNullable && !element.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? element.TypeName + "?" : element.TypeName;

    public override string Literal(BoundValue value)
    {
        var l = (BoundList)value;
        return l.Items.Count == 0
            ? "global::System.Array.Empty<" + l.ElementTypeName + ">()"
            : "new " + l.ElementTypeName + "[] { " + string.Join(", ", System.Linq.Enumerable.Select(l.Items, ValueCodecs.Literal)) + " }";
    }

    /// <summary>A list of objects goes over several lines, one object after another; others fit on one.</summary>
    public override void WriteField(SourceWriter writer, string property, BoundValue value)
    {
        var list = (BoundList)value;
        if (!ContainsObjects(list))
        {
            base.WriteField(writer, property, value);
            return;
        }

        writer.Open(Identifiers.Escape(property) + " = new " + list.ElementTypeName + "[]");
        foreach (var item in list.Items)
        {
            if (item is BoundObject o)
            {
                ObjectCodec.Write(writer, o, "", ",");
            }
            else
            {
                writer.Line(ValueCodecs.Literal(item) + ",");
            }
        }

        writer.Close(",");
    }

    private static bool ContainsObjects(BoundList list)
    {
        foreach (var item in list.Items)
        {
            if (item is BoundObject)
            {
                return true;
            }
        }

        return false;
    }

    public override void Scan(BoundValue value, ValueShape shape, ICompactEncoder encoder)
    {
        foreach (var item in ((BoundList)value).Items)
        {
            encoder.ScanValue(item, shape.Element ?? throw new System.NotSupportedException("A list without an element shape."));
        }
    }

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder)
    {
        var list = (BoundList)value;
        CompactDigits.WriteVarint(encoder.Output, (ulong)list.Items.Count);
        foreach (var item in list.Items)
        {
            if (shape.Element!.IsNullable)
            {
                CompactDigits.WriteVarint(encoder.Output, item is BoundNull ? 0UL : 1UL);
                if (item is BoundNull)
                {
                    continue;
                }
            }

            encoder.WriteValue(item, shape.Element!);
        }
    }

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => decoder.ListReader(shape);
}
