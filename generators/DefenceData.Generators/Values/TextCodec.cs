using DefenceData.Generators.Binding;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Values;

/// <summary>
/// Text, and ids (text of a property marked <c>[Reference]</c>, recorded for the cross-file check).
/// Compact: a varint tag, then the UTF-8 inline, or the index of a shared string, or "the record's own id"
/// (CompactBlob's layout); decoded by the reader's <c>String()</c>, which also reads ids.
/// </summary>
internal sealed class TextCodec : ScalarCodec
{
    public static readonly TextCodec Instance = new();

    public override ValueKind Kind => ValueKind.String;

    public override string Expected(ValueShape shape) => "text";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context)
    {
        context.AddReference(scalar.Text, scalar.Location);
        return new BoundString(scalar.Text);
    }

    public override string Literal(BoundValue value) => SymbolDisplay.FormatLiteral(((BoundString)value).Value, quote: true);

    public override void Scan(BoundValue value, ValueShape shape, ICompactEncoder encoder) => encoder.CountString(((BoundString)value).Value);

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder) => encoder.WriteString(((BoundString)value).Value);

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.String()";
}
