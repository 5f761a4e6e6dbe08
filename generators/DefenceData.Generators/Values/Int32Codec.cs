using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>A whole number that fits <c>int</c>, plain, invariant. Compact: zig-zag varint.</summary>
internal sealed class Int32Codec : LiteralCodec
{
    public static readonly Int32Codec Instance = new();

    public override ValueKind Kind => ValueKind.Int32;

    public override string Expected(ValueShape shape) => "a whole number";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context) =>
        scalar.IsPlain && int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? new BoundLiteral(i.ToString(CultureInfo.InvariantCulture), Kind)
            : context.WrongScalar(scalar, Expected(shape), NumberText.IsWholeNumber(scalar.Text), "from -2147483648 to 2147483647");

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        CompactDigits.WriteVarint(encoder.Output, CompactDigits.ZigZag(int.Parse(((BoundLiteral)value).CSharp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Int32()";

    public override void WriteReaderMembers(SourceWriter writer, bool used)
    {
        writer.Line(CompactEmitter.Optimized);
        writer.Line("public int Int32() => (int)Int64();");
        writer.Line();
    }
}
