using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary><c>true</c> or <c>false</c>, plain (a quoted "true" is text, not a boolean). Compact: varint 1 or 0.</summary>
internal sealed class BooleanCodec : LiteralCodec
{
    public static readonly BooleanCodec Instance = new();

    public override ValueKind Kind => ValueKind.Boolean;

    public override string Expected(ValueShape shape) => "true or false";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context) =>
        scalar.IsPlain && scalar.Text is "true" or "false" ? new BoundLiteral(scalar.Text, Kind) : context.WrongScalar(scalar, Expected(shape), scalar.Text is "true" or "false");

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        CompactDigits.WriteVarint(encoder.Output, ((BoundLiteral)value).CSharp == "true" ? 1UL : 0UL);

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Varint() != 0";
}
