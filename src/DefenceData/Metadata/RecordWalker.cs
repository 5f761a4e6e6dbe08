using System.Collections;
using System.Globalization;

namespace DefenceData.Metadata;

/// <summary>
/// Walks a record's data fields through its metadata (no reflection): every citation with where it
/// is in the record, for the fixtures, the CSV and the site.
/// </summary>
public static class RecordWalker
{
    /// <summary>Every citation in a record or nested object, nested ones included, with its path (<c>citations[0]</c>, <c>roles[1].citations[0]</c>).</summary>
    /// <param name="value">A record or nested object.</param>
    /// <param name="type">Its type's metadata.</param>
    /// <param name="prefix">Prepended to every path (the path of <paramref name="value"/> in its record, with a trailing dot).</param>
    /// <returns>The citations, in field order, then list order.</returns>
    public static IEnumerable<(string Path, Citation Citation)> Citations(object value, RecordTypeMetadata type, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);
        foreach (var field in type.Fields)
        {
            foreach (var found in CitationsIn(field.GetValue(value), field.Value, prefix + field.Key))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<(string Path, Citation Citation)> CitationsIn(object? value, ValueMetadata shape, string path)
    {
        switch (value)
        {
            case Citation citation:
                return [(path, citation)];
            case not null when shape.Object is { } nested:
                return Citations(value, nested, path + ".");
            case IEnumerable items when shape is { Kind: ValueKind.List, Element: { } element } && !element.IsScalar:
                return items.Cast<object?>().SelectMany((item, i) => CitationsIn(item, element, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            default:
                return [];
        }
    }
}
