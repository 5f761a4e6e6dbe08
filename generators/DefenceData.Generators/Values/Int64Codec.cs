using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>A whole number that fits <c>long</c>, plain, invariant; C# literal with <c>L</c>. Compact: zig-zag varint.</summary>
internal sealed class Int64Codec : LiteralCodec
{
    public static readonly Int64Codec Instance = new();

    public override ValueKind Kind => ValueKind.Int64;

    public override string Expected(ValueShape shape) => "a whole number";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context) =>
        scalar.IsPlain && long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? new BoundLiteral(l.ToString(CultureInfo.InvariantCulture) + "L", Kind)
            : context.WrongScalar(scalar, Expected(shape), NumberText.IsWholeNumber(scalar.Text), "from -9223372036854775808 to 9223372036854775807");

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        CompactDigits.WriteVarint(encoder.Output, CompactDigits.ZigZag(long.Parse(((BoundLiteral)value).CSharp.TrimEnd('L'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Int64()";

    public override void WriteReaderMembers(SourceWriter writer, bool used)
    {
        writer.Line(CompactEmitter.Optimized);
        writer.Open("public long Int64()");
        writer.Line("var value = Varint();");
        writer.Line("return (long)(value >> 1) ^ -(long)(value & 1);");
        writer.Close();
        writer.Line();
    }
}
