using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Binding;

/// <summary>
/// Rules between two keys of one mapping, declared on the record type: <c>[NotBefore]</c> (a date
/// that must not end before another begins, DD0029), <c>[NotWith]</c> (keys that exclude each
/// other, DD0030) and <c>[OnlyWhen]</c> (a key given only when an enum key has one value, DD0031). Checked where the record is bound, so ranges built from the dates never throw.
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

            if (property.OnlyWhen is { } condition && value is not BoundNull && present.TryGetValue(condition, out var given)
                && given.Value is BoundEnum member && member.Member != property.OnlyWhenValue)
            {
                var conditionKey = KeyOf(type, condition);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.KeyNotForThisValue, node.Location, property.Key, conditionKey,
                    DataNames.EnumText(property.OnlyWhenValue!), DataNames.EnumText(member.Member)));
                ok = false;
            }

            if (property.NotBefore is { } earlier && value is BoundDate last && !FollowsItsDate(type, property, earlier, last, node, present, diagnostics))
            {
                ok = false;
            }
        }

        return ok;
    }

    private static bool FollowsItsDate(TypeShape type, PropertyShape property, string earlier, BoundDate last, YamlNode node,
        IReadOnlyDictionary<string, (YamlNode Node, BoundValue? Value)> present, List<DiagnosticInfo> diagnostics)
    {
        var earlierKey = KeyOf(type, earlier);
        if (!present.TryGetValue(earlier, out var start) || start.Value is not BoundDate first)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateBeforeStart, node.Location, property.Key,
                "needs '" + earlierKey + "', the date it follows: give '" + earlierKey + "' or remove '" + property.Key + "'"));
            return false;
        }

        if (PartialDates.LastDay(last) < PartialDates.FirstDay(first))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateBeforeStart, node.Location, property.Key,
                "is " + PartialDates.Text(last) + ", which ends before '" + earlierKey + "' (" + PartialDates.Text(first) + ") begins: give a date on or after it, or swap the two"));
            return false;
        }

        return true;
    }

    private static string KeyOf(TypeShape type, string propertyName) => type.Properties.FirstOrDefault(p => p.Name == propertyName)?.Key ?? propertyName;
}
