using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>
/// A <c>DefenceData.PartialDate</c>: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> of a real day (DD0005
/// otherwise). Compact: varint year, month and day, 0 where not known.
/// </summary>
internal sealed class DateCodec : ScalarCodec
{
    public static readonly DateCodec Instance = new();

    private const string PartialDateType = "global::DefenceData.PartialDate";

    public override ValueKind Kind => ValueKind.PartialDate;

    public override string Expected(ValueShape shape) => "a date";

    protected override BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context)
    {
        if (!PartialDates.TryParse(scalar.Text, out var year, out var month, out var day))
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, scalar.Location, scalar.Text));
            return null;
        }

        return new BoundDate(year, month, day);
    }

    public override string Literal(BoundValue value)
    {
        var d = (BoundDate)value;
        return string.Format(CultureInfo.InvariantCulture, "new {0}({1}{2}{3})", PartialDateType, d.Year,
            d.Month is { } m ? ", " + m.ToString(CultureInfo.InvariantCulture) : "",
            d.Day is { } day ? ", " + day.ToString(CultureInfo.InvariantCulture) : "");
    }

    public override void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder)
    {
        var date = (BoundDate)value;
        CompactDigits.WriteVarint(encoder.Output, (ulong)date.Year);
        CompactDigits.WriteVarint(encoder.Output, (ulong)(date.Month ?? 0));
        CompactDigits.WriteVarint(encoder.Output, (ulong)(date.Day ?? 0));
    }

    public override string Decode(ValueShape shape, ICompactDecoder decoder) => "r.Date()";

    /// <summary>Only where a record holds a date: a compilation without DefenceData's PartialDate must still compile.</summary>
    public override void WriteReaderMembers(SourceWriter writer, bool used)
    {
        if (!used)
        {
            return;
        }

        writer.Line(CompactEmitter.Optimized);
        writer.Open("public " + PartialDateType + " Date()");
        writer.Line("var year = (int)Varint();");
        writer.Line("var month = (int)Varint();");
        writer.Line("var day = (int)Varint();");
        writer.Line("return new " + PartialDateType + "(year, month == 0 ? null : month, day == 0 ? null : day);");
        writer.Close();
        writer.Line();
    }
}
