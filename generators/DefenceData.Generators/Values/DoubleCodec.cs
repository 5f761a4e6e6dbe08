using System;
using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>A finite number, plain, invariant, round-tripping (<c>R</c>); C# literal with <c>d</c>. Compact: varint of its bits.</summary>
internal sealed class DoubleCodec : LiteralCodec
{
    public static readonly DoubleCodec Instance = new();

    public override ValueKind Kind => ValueKind.Double;

    public override string Expected(ValueShape shape) => "a finite number";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context) =>
        scalar.IsPlain && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
            ? new BoundLiteral(d.ToString("R", CultureInfo.InvariantCulture) + "d", Kind)
            : context.WrongScalar(scalar, Expected(shape), NumberText.IsNumber(scalar.Text), "of at most about 1.8e308 either side of 0");

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder)
    {
        var d = double.Parse(((BoundLiteral)value).CSharp.TrimEnd('d'), NumberStyles.Float, CultureInfo.InvariantCulture);
        CompactDigits.WriteVarint(encoder.Output, unchecked((ulong)BitConverter.DoubleToInt64Bits(d)));
    }

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Double()";

    public override void WriteReaderMembers(SourceWriter writer, bool used)
    {
        writer.Line("public double Double() => global::System.BitConverter.Int64BitsToDouble((long)Varint());");
        writer.Line();
    }
}
