using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>
/// An enum member, written as its name or its kebab-case text (<see cref="DataNames.EnumText"/>, as the
/// exports write it); DD0006 lists the texts otherwise. Compact: varint index of the member, decoded
/// through a generated table of the members.
/// </summary>
internal sealed class EnumCodec : ScalarCodec
{
    public static readonly EnumCodec Instance = new();

    public override ValueKind Kind => ValueKind.Enum;

    public override string Expected(ValueShape shape) => shape.EnumMembers.Count == 0
        ? "a value of " + ShortName(shape.TypeName)
        : "one of " + string.Join(", ", shape.EnumMembers.Select(DataNames.EnumText));

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context)
    {
        var text = scalar.Text;
        var member = shape.EnumMembers.FirstOrDefault(n => n == text || DataNames.EnumText(n) == text);
        if (member is null)
        {
            var values = shape.EnumMembers.Select(DataNames.EnumText).ToList();
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownEnumValue, scalar.Location, text, ShortName(shape.TypeName),
                Suggestions.DidYouMean(text, values),
                values.Count == 0 ? ShortName(shape.TypeName) + " has no values." : "Its values: " + string.Join(", ", values) + "."));
            return null;
        }

        return new BoundEnum(shape.TypeName, member);
    }

    public override string Literal(BoundValue value)
    {
        var e = (BoundEnum)value;
        return e.TypeName + "." + Identifiers.Escape(e.Member);
    }

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) =>
        CompactDigits.WriteVarint(encoder.Output, encoder.EnumIndex(shape, ((BoundEnum)value).Member));

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => decoder.EnumTable(shape) + "[(int)r.Varint()]";

    private static string ShortName(string typeName) => DiagnosticText.ShortName(typeName);
}
