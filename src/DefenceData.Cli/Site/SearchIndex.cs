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
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var collection in records.Collections)
            {
                foreach (var record in records.In(collection))
                {
                    json.WriteStartObject();
                    json.WriteString("title", record.Title);
                    json.WriteString("id", record.Id);
                    json.WriteString("collection", collection.Heading);
                    json.WriteString("page", records.PagePath(record));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        return new StringBuilder("// The site's search index: title, id, collection and page of every record.\n")
            .Append("window.DefenceDataSearchIndex = ").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append(";\n").ToString();
    }
}
