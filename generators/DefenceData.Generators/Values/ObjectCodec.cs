using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>
/// A nested object: a YAML mapping bound to the property's type. Readable: an object initializer over
/// several lines. Compact: varint pattern (which properties it sets), then those values; decoded by a
/// generated reader per type (CompactEmitter).
/// </summary>
internal sealed class ObjectCodec : ValueCodec
{
    public static readonly ObjectCodec Instance = new();

    public override ValueKind Kind => ValueKind.Object;

    public override string Expected(ValueShape shape) => "a mapping";

    public override BoundValue? Bind(YamlNode node, ValueShape shape, IBindContext context) =>
        node is YamlMapping mapping ? context.BindObject(mapping, shape.Object!) : context.WrongType(node, Expected(shape));

    public override string Literal(BoundValue value)
    {
        var writer = new SourceWriter();
        Write(writer, (BoundObject)value, "", "");
        return writer.ToString().TrimEnd('\n');
    }

    public override void WriteField(SourceWriter writer, string property, BoundValue value)
    {
        writer.Line(Identifiers.Escape(property) + " =");
        Write(writer, (BoundObject)value, "", ",");
    }

    /// <summary>Writes <c>prefix new T { … }suffix</c>, each field by its own kind, indented by the writer.</summary>
    public static void Write(SourceWriter writer, BoundObject value, string prefix, string suffix)
    {
        writer.Open(prefix + "new " + value.TypeName);
        foreach (var field in value.Fields)
        {
            if (field.Value is BoundNull)
            {
                writer.Line(Identifiers.Escape(field.Property) + " = null,");
            }
            else
            {
                ValueCodecs.For(field.Value).WriteField(writer, field.Property, field.Value);
            }
        }

        if (value.Scoped)
        {
            writer.Line(Resolution.ScopeNames.ScopeAssignment + ",");
        }

        writer.Close(suffix);
    }

    public override void Scan(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        encoder.ScanObject((BoundObject)value, shape.Object ?? throw new System.NotSupportedException("An object without a shape."));

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        encoder.WriteObject((BoundObject)value, shape.Object!);

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => decoder.ObjectReader(shape);
}
