using System.Collections;

namespace DefenceData.Cli.Site;

/// <summary>
/// A collection's index page: its records by title, or, where the record type refers to its own
/// collection (topics under broader topics, places within places), as a tree.
/// </summary>
internal sealed class CollectionPage(SiteRecords records)
{
    public Html Write(SiteCollection collection)
    {
        var items = records.In(collection).OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToArray();
        var html = new Html();
        html.Element("h1", collection.Heading).Line();
        html.Element("p", $"{items.Length} records.", ("class", "note")).Line();
        if (collection.ParentField is { } parent)
        {
            var parentsOf = items.ToDictionary(r => r.Id, r => Ids(parent.GetValue(r.Record)), StringComparer.Ordinal);
            html.Element("p", $"As a tree: each under its {Humanize.Reference(parent.Key, collection.Heading).ToLowerInvariant()}.", ("class", "note"));
            html.Open("ul", ("class", "tree")).Line();
            foreach (var top in items.Where(r => parentsOf[r.Id].Length == 0))
            {
                Branch(html, top, items, parentsOf, []);
            }

            html.Close("ul").Line();
        }
        else
        {
            html.Open("ul", ("class", "records")).Line();
            foreach (var item in items)
            {
                Item(html, item);
                html.Close("li").Line();
            }

            html.Close("ul").Line();
        }

        return html;
    }

    private void Branch(Html html, IndexedRecord record, IndexedRecord[] items, Dictionary<string, string[]> parentsOf, HashSet<string> above)
    {
        Item(html, record);
        var children = items.Where(r => parentsOf[r.Id].Contains(record.Id, StringComparer.Ordinal) && !above.Contains(r.Id)).ToArray();
        if (children.Length > 0)
        {
            html.Open("ul").Line();
            foreach (var child in children)
            {
                Branch(html, child, items, parentsOf, [.. above, record.Id]);
            }

            html.Close("ul");
        }

        html.Close("li").Line();
    }

    private void Item(Html html, IndexedRecord record) =>
        html.Open("li").Link("../" + records.PagePath(record), record.Title).Raw(" ").Element("code", record.Id);

    private static string[] Ids(object? value) => value switch
    {
        string id => [id],
        IEnumerable list => list.Cast<string>().ToArray(),
        _ => [],
    };
}
