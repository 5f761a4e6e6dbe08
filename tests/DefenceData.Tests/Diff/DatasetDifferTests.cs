using System.Text.Json.Nodes;
using DefenceData.Cli.Diff;
using DefenceData.Export;

namespace DefenceData.Tests.Diff;

/// <summary><see cref="DatasetDiffer"/>: records matched by collection and id, changes as field paths with old and new values.</summary>
public sealed class DatasetDifferTests
{
    private const string Old = """
        {
          "people": [
            { "id": "amir-baram", "name": "Amir Baram", "otherNames": ["Maj. Gen. (res.) Amir Baram"], "citations": [{ "sourceId": "article-000", "quote": "Amir Baram" }] },
            { "id": "israel-katz", "name": "Israel Katz", "otherNames": [], "citations": [] }
          ],
          "events": [
            { "id": "jwg-17", "title": "17th JWG", "date": "2025-11-04", "endDate": null, "citations": [{ "sourceId": "article-004", "quote": "17th meeting" }] }
          ]
        }
        """;

    private const string New = """
        {
          "people": [
            { "id": "amir-baram", "name": "Amir Baram", "otherNames": ["Maj. Gen. (res.) Amir Baram"], "citations": [{ "sourceId": "article-000", "quote": "Amir Baram" }] },
            { "id": "ajit-doval", "name": "Ajit Doval", "otherNames": [], "citations": [] }
          ],
          "events": [
            { "id": "jwg-17", "title": "17th JWG", "date": "2025-11-05", "endDate": null, "citations": [{ "sourceId": "article-003", "quote": "JWG" }, { "sourceId": "article-004", "quote": "17th meeting held" }] }
          ]
        }
        """;

    [Fact]
    public void Two_hand_made_exports_give_exactly_the_added_removed_and_changed_records()
    {
        var diff = DatasetDiffer.Compare(Old, New);

        Assert.Equal(
            [
                new RecordChange(ChangeKind.Added, "people", "ajit-doval", "Ajit Doval", """{"id":"ajit-doval","name":"Ajit Doval","otherNames":[],"citations":[]}""", []),
                new RecordChange(ChangeKind.Removed, "people", "israel-katz", "Israel Katz", """{"id":"israel-katz","name":"Israel Katz","otherNames":[],"citations":[]}""", []),
            ],
            diff.Records.Where(r => r.Kind != ChangeKind.Changed).Select(r => r with { Fields = [] }));
        var changed = Assert.Single(diff.Of(ChangeKind.Changed));
        Assert.Equal("events/jwg-17", changed.Key);
        Assert.Equal(
            [
                new FieldChange("date", ChangeKind.Changed, "\"2025-11-04\"", "\"2025-11-05\""),
                new FieldChange("citations[0]", ChangeKind.Removed, """{"sourceId":"article-004","quote":"17th meeting"}""", null),
                new FieldChange("citations[0]", ChangeKind.Added, null, """{"sourceId":"article-003","quote":"JWG"}"""),
                new FieldChange("citations[1]", ChangeKind.Added, null, """{"sourceId":"article-004","quote":"17th meeting held"}"""),
            ],
            changed.Fields);
        Assert.Equal((3, 3), (diff.OldRecords, diff.NewRecords));
    }

    [Fact]
    public void A_changed_date_of_one_record_is_one_field_change()
    {
        var current = DatasetJson.ToJson();
        var edited = JsonNode.Parse(current)!;
        var meeting = edited["events"]!.AsArray().Single(e => (string?)e!["id"] == "singh-katz-meeting-2025-11-04")!;
        meeting["date"] = "2025-11-05";

        var diff = DatasetDiffer.Compare(current, edited.ToJsonString());

        var change = Assert.Single(diff.Records);
        Assert.Equal((ChangeKind.Changed, "events/singh-katz-meeting-2025-11-04"), (change.Kind, change.Key));
        Assert.Equal(new FieldChange("date", ChangeKind.Changed, "\"2025-11-04\"", "\"2025-11-05\""), Assert.Single(change.Fields));
    }

    [Fact]
    public void A_changed_quote_in_a_nested_citation_is_reported_at_its_path()
    {
        var diff = DatasetDiffer.Compare(
            """{ "people": [{ "id": "a", "roles": [{ "title": "DG", "citations": [{ "sourceId": "s", "quote": "old" }] }] }] }""",
            """{ "people": [{ "id": "a", "roles": [{ "title": "DG", "citations": [{ "sourceId": "s", "quote": "new" }] }] }] }""");

        Assert.Equal(new FieldChange("roles[0].citations[0].quote", ChangeKind.Changed, "\"old\"", "\"new\""), Assert.Single(Assert.Single(diff.Records).Fields));
    }

    [Fact]
    public void A_value_set_to_null_is_a_change_to_the_json_null()
    {
        var diff = DatasetDiffer.Compare("""{ "events": [{ "id": "e", "endDate": "2025-07-24" }] }""", """{ "events": [{ "id": "e", "endDate": null }] }""");

        Assert.Equal(new FieldChange("endDate", ChangeKind.Changed, "\"2025-07-24\"", "null"), Assert.Single(Assert.Single(diff.Records).Fields));
    }

    [Fact]
    public void A_property_present_on_one_side_only_is_added_or_removed()
    {
        var diff = DatasetDiffer.Compare("""{ "events": [{ "id": "e", "date": "2025" }] }""", """{ "events": [{ "id": "e", "latestDate": "2025-07" }] }""");

        Assert.Equal(
            [new FieldChange("latestDate", ChangeKind.Added, null, "\"2025-07\""), new FieldChange("date", ChangeKind.Removed, "\"2025\"", null)],
            Assert.Single(diff.Records).Fields);
    }

    [Fact]
    public void A_collection_only_in_the_new_export_lists_its_records_as_added()
    {
        var diff = DatasetDiffer.Compare("""{ "people": [] }""", """{ "people": [], "treaties": [{ "id": "t" }] }""");

        Assert.Equal(("treaties/t", ChangeKind.Added), (Assert.Single(diff.Records).Key, diff.Records[0].Kind));
    }

    [Fact]
    public void The_same_export_gives_an_empty_diff()
    {
        var current = DatasetJson.ToJson();

        var diff = DatasetDiffer.Compare(current, current);

        Assert.True(diff.IsEmpty);
        Assert.Equal(DatasetInfo.TotalRecords, diff.NewRecords);
    }

    [Fact]
    public void Property_order_and_indentation_are_not_differences()
    {
        Assert.True(DatasetDiffer.Compare("""{"people":[{"id":"a","name":"A"}]}""", "{\n  \"people\": [ { \"name\": \"A\", \"id\": \"a\" } ]\n}").IsEmpty);
    }

    [Theory]
    [InlineData("not json", "old export: not JSON")]
    [InlineData("[]", "old export: expected a JSON object of collections")]
    [InlineData("""{ "people": {} }""", "old export: collection 'people': expected an array of records")]
    [InlineData("""{ "people": [{ "name": "no id" }] }""", "old export: collection 'people', item 0: expected a record with a text 'id'")]
    [InlineData("""{ "people": [{ "id": "a" }, { "id": "a" }] }""", "old export: collection 'people': id 'a' appears twice")]
    public void An_export_of_the_wrong_shape_is_refused_with_what_is_wrong(string json, string message)
    {
        var e = Assert.Throws<DiffInputException>(() => DatasetDiffer.Compare(json, "{}"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
