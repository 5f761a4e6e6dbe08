using System.Collections.Generic;
using System.Globalization;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Binding;

/// <summary>
/// The rules a property's annotations put on its bound value: <c>[MinLength(n)]</c> on a list
/// (an empty or null citation list) and <c>[Range]</c> on a number (a negative count).
/// </summary>
internal static class ValueRules
{
    /// <summary>Checks a bound value; reports at the value and returns false when it breaks a rule.</summary>
    public static bool Check(PropertyShape property, YamlNode node, BoundValue value, List<DiagnosticInfo> diagnostics)
    {
        if (property.MinItems is { } minItems)
        {
            var count = value is BoundList list ? list.Items.Count : 0;
            if (count < minItems)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooFewItems, node.Location, property.Key, Text(minItems), Text(count)));
                return false;
            }
        }

        if (property.Range is { } range && node is YamlScalar scalar
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && !InRange(number, range))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutOfRange, node.Location, property.Key, Describe(range), scalar.Text));
            return false;
        }

        return true;
    }

    /// <summary>Checks a property whose key is absent: it holds its default, an empty list for a list.</summary>
    public static bool CheckAbsent(PropertyShape property, LocationInfo at, List<DiagnosticInfo> diagnostics)
    {
        if (property.MinItems is { } minItems && minItems > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooFewItems, at, property.Key, Text(minItems), "0"));
            return false;
        }

        return true;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool InRange(double value, ValueRange range) =>
        (range.MinimumIsExclusive ? value > range.Minimum : value >= range.Minimum)
        && (range.MaximumIsExclusive ? value < range.Maximum : value <= range.Maximum);

    private static string Describe(ValueRange range)
    {
        var min = (range.MinimumIsExclusive ? "more than " : "at least ") + range.Minimum.ToString("R", CultureInfo.InvariantCulture);
        // int.MaxValue or more is how [Range] says "no upper bound" for a whole number.
        return range.Maximum >= int.MaxValue
            ? min
            : min + (range.MaximumIsExclusive ? " and less than " : " and at most ") + range.Maximum.ToString("R", CultureInfo.InvariantCulture);
    }
}
