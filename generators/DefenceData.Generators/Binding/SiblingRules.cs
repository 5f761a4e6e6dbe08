using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Binding;

/// <summary>
/// Rules between two keys of one mapping, declared on the record type: <c>[NotBefore]</c> (a date
/// that must not end before another begins, DD0029) and <c>[NotWith]</c> (keys that exclude each
/// other, DD0030). Checked where the record is bound, so ranges built from the dates never throw.
/// </summary>
internal static class SiblingRules
{
    /// <summary>False (with diagnostics) when a present key breaks a rule against another present key.</summary>
    public static bool Check(TypeShape type, IReadOnlyDictionary<string, (YamlNode Node, BoundValue? Value)> present, List<DiagnosticInfo> diagnostics)
    {
        var ok = true;
        foreach (var property in type.Properties.Where(p => present.ContainsKey(p.Name)))
        {
            var (node, value) = present[property.Name];
            if (property.NotWith is { } excluded && present.TryGetValue(excluded, out var other) && other.Value is not BoundNull && value is not BoundNull)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.KeysNotTogether, node.Location, property.Key, KeyOf(type, excluded)));
                ok = false;
            }

            if (property.NotBefore is { } earlier && value is BoundDate last
                && present.TryGetValue(earlier, out var start) && start.Value is BoundDate first && End(last) < Start(first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateBeforeStart, node.Location, property.Key, Text(last), KeyOf(type, earlier), Text(first)));
                ok = false;
            }
        }

        return ok;
    }

    private static string KeyOf(TypeShape type, string propertyName) => type.Properties.FirstOrDefault(p => p.Name == propertyName)?.Key ?? propertyName;

    // Days as yyyymmdd numbers: a partial date stands for its first to its last day.
    private static int Start(BoundDate date) => date.Year * 10000 + (date.Month ?? 1) * 100 + (date.Day ?? 1);

    private static int End(BoundDate date) => date.Year * 10000 + (date.Month ?? 12) * 100 + (date.Day ?? 31);

    private static string Text(BoundDate date) =>
        date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        + (date.Month is { } m ? "-" + m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : "")
        + (date.Day is { } d ? "-" + d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : "");
}
