using System.Collections;
using System.Globalization;
using DefenceData.Metadata;

namespace DefenceData.Cli.Site;

/// <summary>Where the articles differ on one record: the items of one of its lists (roles, figures), by the source that gives them.</summary>
internal sealed record Conflict(IndexedRecord Record, FieldMetadata Field, IReadOnlyList<(string SourceId, IReadOnlyList<(object Item, string Path)> Items)> BySource);

/// <summary>
/// Finds the conflicts kept side by side in the data: a list of objects on a record whose items are
/// cited by more than one article, where the articles do not give the same values (dates as of
/// which a source states them aside). Baram's rank forms and the Pahalgam death toll are two. Claims
/// are not versions of one fact: a summary whose sentences cite different articles is no conflict.
/// </summary>
internal static class Conflicts
{
    public static IReadOnlyList<Conflict> Find()
    {
        var conflicts = new List<Conflict>();
        foreach (var record in DatasetIndex.Records)
        {
            foreach (var field in record.Metadata.RecordType.Fields)
            {
                if (field.Value.Element?.Object is not { } element || element.Type == typeof(Citation) || ValueWriter.IsClaims(field.Value)
                    || field.GetValue(record.Record) is not IEnumerable list)
                {
                    continue;
                }

                var items = list.Cast<object>().Select((item, i) => (Item: item, Path: $"{field.Key}[{i.ToString(CultureInfo.InvariantCulture)}]")).ToArray();
                var bySource = items
                    .SelectMany(i => RecordWalker.Citations(i.Item, element).Select(c => (c.Citation.SourceId, i)))
                    .GroupBy(x => x.SourceId, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (g.Key, (IReadOnlyList<(object, string)>)g.Select(x => x.i).Distinct().ToArray()))
                    .ToArray();
                var versions = bySource.Select(s => string.Join("\n", s.Item2.Select(i => Values(i.Item1, element)).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count();
                if (bySource.Length > 1 && versions > 1)
                {
                    conflicts.Add(new Conflict(record, field, bySource));
                }
            }
        }

        return conflicts;
    }

    // What an item says, without when its source says it and where: its scalar values.
    private static string Values(object item, RecordTypeMetadata type) =>
        string.Join("|", type.Fields
            .Where(f => f.Value.IsScalar && f.Kind != ValueKind.Date)
            .Select(f => f.GetValue(item) is { } value ? ScalarText.Of(value, f.Value) : ""));
}
