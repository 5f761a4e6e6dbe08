using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>A decimal number, plain, invariant; C# literal with <c>m</c>. Compact: its invariant text, as a string.</summary>
internal sealed class DecimalCodec : LiteralCodec
{
    public static readonly DecimalCodec Instance = new();

    public override ValueKind Kind => ValueKind.Decimal;

    public override string Expected(ValueShape shape) => "a decimal number";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context) =>
        scalar.IsPlain && decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
            ? new BoundLiteral(m.ToString(CultureInfo.InvariantCulture) + "m", Kind)
            : context.WrongScalar(scalar, Expected(shape), NumberText.IsNumber(scalar.Text), "from -79228162514264337593543950335 to 79228162514264337593543950335");

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        encoder.WriteString(((BoundLiteral)value).CSharp.TrimEnd('m'));

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Decimal()";

    public override void WriteReaderMembers(SourceWriter writer, bool used)
    {
        writer.Line("public decimal Decimal() => decimal.Parse(String(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line();
    }
}
