using System.Text;
using System.Text.Json;

namespace DefenceData.Cli.Site;

/// <summary>
/// The search index as a script (<c>assets/search-index.js</c>) rather than a JSON file, because a
/// page opened from <c>file://</c> may load a script but not fetch a file: every record's title,
/// id, collection and page.
/// </summary>
internal static class SearchIndex
{
    public static string Script(SiteRecords records)
    {
        var entries = records.Collections.SelectMany(c => records.In(c).Select(r => new Dictionary<string, string>
        {
            ["title"] = r.Title,
            ["id"] = r.Id,
            ["collection"] = c.Heading,
            ["page"] = records.PagePath(r),
        }));
        var json = JsonSerializer.Serialize(entries);
        return new StringBuilder("// The site's search index: title, id, collection and page of every record.\n")
            .Append("window.DefenceDataSearchIndex = ").Append(json).Append(";\n").ToString();
    }
}
