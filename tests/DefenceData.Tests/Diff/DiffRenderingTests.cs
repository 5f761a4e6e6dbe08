using System.Text.Json;
using DefenceData.Cli.Diff;

namespace DefenceData.Tests.Diff;

/// <summary>The diff as Markdown for people (docs/CHANGELOG.md entries) and as JSON for tools.</summary>
public sealed class DiffRenderingTests
{
    private static readonly DatasetDiff s_diff = DatasetDiffer.Compare(
        """
        { "people": [{ "id": "israel-katz", "name": "Israel Katz" }],
          "events": [{ "id": "jwg-17", "title": "17th JWG", "date": "2025-11-04", "citations": [] }] }
        """,
        """
        { "people": [{ "id": "amir-baram", "name": "Amir Baram" }],
          "events": [{ "id": "jwg-17", "title": "17th JWG", "date": "2025-11-05", "citations": [{ "sourceId": "article-004", "quote": "the `17th` meeting" }] }] }
        """);

    [Fact]
    public void Markdown_lists_added_removed_and_changed_records_with_field_paths_and_values()
    {
        Assert.Equal(
            """
            1 added, 1 removed, 1 changed (2 → 2 records).

            ### Added

            - `people/amir-baram` Amir Baram

            ### Removed

            - `people/israel-katz` Israel Katz

            ### Changed

            - `events/jwg-17` 17th JWG
              - `date`: `"2025-11-04"` → `"2025-11-05"`
              - `citations[0]`: (none) → ``{"sourceId":"article-004","quote":"the `17th` meeting"}``

            """.ReplaceLineEndings("\n"),
            DiffMarkdown.Render(s_diff));
    }

    [Fact]
    public void Markdown_of_no_change_is_one_summary_line()
    {
        Assert.Equal("0 added, 0 removed, 0 changed (1 → 1 records).\n", DiffMarkdown.Render(DatasetDiffer.Compare("""{"people":[{"id":"a"}]}""", """{"people":[{"id":"a"}]}""")));
    }

    [Fact]
    public void Json_gives_records_and_changes_with_values_as_json()
    {
        using var json = JsonDocument.Parse(DiffJson.ToJson(s_diff));
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("newRecords").GetInt32());
        Assert.Equal("Amir Baram", root.GetProperty("added")[0].GetProperty("record").GetProperty("name").GetString());
        Assert.Equal("israel-katz", root.GetProperty("removed")[0].GetProperty("id").GetString());
        var changes = root.GetProperty("changed")[0].GetProperty("changes");
        Assert.Equal(("date", "changed", "2025-11-04", "2025-11-05"),
            (changes[0].GetProperty("path").GetString(), changes[0].GetProperty("change").GetString(), changes[0].GetProperty("old").GetString(), changes[0].GetProperty("new").GetString()));
        Assert.Equal("article-004", changes[1].GetProperty("new").GetProperty("sourceId").GetString());
        Assert.False(changes[1].TryGetProperty("old", out _));
    }
}
