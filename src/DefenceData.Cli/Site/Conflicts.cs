using System.Collections;
using System.Globalization;
using System.Reflection;

namespace DefenceData.Cli.Site;

/// <summary>Where the articles differ on one record: the items of one of its lists (roles, figures), by the source that gives them.</summary>
internal sealed record Conflict(IndexedRecord Record, PropertyInfo Property, IReadOnlyList<(string SourceId, IReadOnlyList<(object Item, string Path)> Items)> BySource);

/// <summary>
/// Finds the conflicts kept side by side in the data: a list of objects on a record whose items are
/// cited by more than one article, where the articles do not give the same values (dates as of
/// which a source states them aside). Baram's rank forms and the Pahalgam death toll are two.
/// </summary>
internal static class Conflicts
{
    public static IReadOnlyList<Conflict> Find()
    {
        var conflicts = new List<Conflict>();
        foreach (var record in DatasetIndex.Records)
        {
            foreach (var property in RecordWalker.DataProperties(record.Record.GetType()))
            {
                if (Csv.CsvSchema.ElementType(property.PropertyType) is not { } element || element == typeof(Citation) || element == typeof(string)
                    || property.GetValue(record.Record) is not IEnumerable list)
                {
                    continue;
                }

                var items = list.Cast<object>().Select((item, i) => (Item: item, Path: $"{RecordWalker.KeyOf(property)}[{i.ToString(CultureInfo.InvariantCulture)}]")).ToArray();
                var bySource = items
                    .SelectMany(i => RecordWalker.Citations(i.Item).Select(c => (c.Citation.SourceId, i)))
                    .GroupBy(x => x.SourceId, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (g.Key, (IReadOnlyList<(object, string)>)g.Select(x => x.i).Distinct().ToArray()))
                    .ToArray();
                var versions = bySource.Select(s => string.Join("\n", s.Item2.Select(i => Values(i.Item1)).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count();
                if (bySource.Length > 1 && versions > 1)
                {
                    conflicts.Add(new Conflict(record, property, bySource));
                }
            }
        }

        return conflicts;
    }

    // What an item says, without when its source says it and where: its scalar values.
    private static string Values(object item) =>
        string.Join("|", RecordWalker.DataProperties(item.GetType())
            .Where(p => Csv.CsvColumn.KindOf(p.PropertyType) is not Csv.CsvValueKind.PartialDate and not Csv.CsvValueKind.Date
                && Csv.CsvSchema.ElementType(p.PropertyType) is null)
            .Select(p => Convert.ToString(p.GetValue(item), CultureInfo.InvariantCulture)));
}
