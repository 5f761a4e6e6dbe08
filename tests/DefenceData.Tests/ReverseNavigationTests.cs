using System.Text.Json.Nodes;

namespace DefenceData.Tests;

/// <summary>Reverse navigation: every record lists the records that refer to it, and where.</summary>
public sealed class ReverseNavigationTests
{
    [Fact]
    public void A_persons_events_are_the_events_naming_them()
    {
        var baram = People.AmirBaram;

        Assert.Equal(Dataset.Events.Where(e => e.ParticipantIds.Contains(baram.Id)), baram.ReferencingEvents);
        Assert.Contains(Events.Get("singh-baram-meeting-2025-07-23"), baram.ReferencingEvents);
    }

    [Fact]
    public void A_persons_statements_are_the_statements_they_made()
    {
        var baram = People.AmirBaram;

        Assert.Equal(Dataset.Statements.Where(s => s.SpeakerId == baram.Id), baram.ReferencingStatements);
    }

    [Fact]
    public void An_events_statements_are_those_made_at_it_or_about_it()
    {
        var meeting = Events.Get("singh-baram-meeting-2025-07-23");

        Assert.Equal(Dataset.Statements.Where(s => s.MadeAtId == meeting.Id || s.SubjectIds.Contains(meeting.Id)), meeting.ReferencingStatements);
        Assert.Contains(Statements.Get("baram-condemns-pahalgam-attack"), meeting.ReferencingStatements);
    }

    [Fact]
    public void A_topics_narrower_topics_are_those_listing_it_as_broader()
    {
        var research = Topics.Get("advanced-research-areas");

        Assert.Equal(Dataset.Topics.Where(t => t.BroaderIds.Contains(research.Id)), research.ReferencingTopics);
        Assert.Contains(Topics.Get("artificial-intelligence"), research.ReferencingTopics);
    }

    [Fact]
    public void References_to_an_id_give_each_holding_record_and_the_path_in_it()
    {
        var meeting = Events.Get("singh-baram-meeting-2025-07-23");
        var index = meeting.ParticipantIds.ToList().IndexOf("amir-baram");

        Assert.Contains(new RecordReference(meeting, $"participantIds[{index}]"), Dataset.ReferencesTo("amir-baram"));
    }

    [Fact]
    public void References_inside_nested_objects_carry_their_full_path()
    {
        var references = Dataset.ReferencesTo("article-004");

        Assert.Contains(references, r => r.Record is Person && r.Path.StartsWith("roles[", StringComparison.Ordinal) && r.Path.EndsWith("].citations[0].sourceId", StringComparison.Ordinal));
        Assert.Equal(Sources.Get("article-004").ReferencedBy, references);
    }

    [Fact]
    public void Every_reference_in_the_dataset_is_indexed_once()
    {
        var references = Dataset.Collections.SelectMany(c => c.Value.Cast<IRecord>()).SelectMany(r => Dataset.ReferencesTo(r.Id)).ToList();

        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(Dataset.Events, e => Assert.All(e.ParticipantIds.Select((id, i) => new RecordReference(e, $"participantIds[{i}]")), r => Assert.Contains(r, references)));
    }

    [Fact]
    public void Every_place_a_data_file_names_an_id_is_a_reference_to_it_and_there_are_no_others()
    {
        // Read from the YAML files: every value of a key ending in Id or Ids, at its path
        // (factId names a figure's fact, not a record).
        var named = DataFiles.Collections
            .SelectMany(c => c.Records.SelectMany(r => NamedIds(r, "").Select(n => (n.Id, Where: $"{c.ExportName}/{DataFiles.Text(r["id"])} {n.Path}"))))
            .ToLookup(n => n.Id, n => n.Where, StringComparer.Ordinal);

        Assert.All(DataFiles.Collections.SelectMany(c => c.Ids).Distinct(), id =>
            Assert.Equal(
                named[id].Order(StringComparer.Ordinal),
                Dataset.ReferencesTo(id).Select(r => $"{Dataset.Metadata.CollectionOf(r.Record)!.ExportName}/{r.Record.Id} {r.Path}").Order(StringComparer.Ordinal)));
        Assert.True(named.Sum(g => g.Count()) > 100, "the files name ids in many places");
    }

    [Fact]
    public void An_id_nothing_refers_to_has_no_references()
    {
        Assert.Empty(Dataset.ReferencesTo("nobody"));
    }

    [Fact]
    public void A_reverse_list_is_found_once_and_read_again_without_allocating()
    {
        var baram = People.AmirBaram;
        var first = baram.ReferencingEvents;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = baram.ReferencingEvents;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first, again);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Reverse_lists_are_read_only()
    {
        Assert.True(((System.Collections.IList)People.AmirBaram.ReferencingEvents).IsReadOnly);
        Assert.True(((System.Collections.IList)Dataset.ReferencesTo("amir-baram")).IsReadOnly);
    }

    private static IEnumerable<(string Id, string Path)> NamedIds(JsonObject node, string prefix)
    {
        foreach (var (key, value) in node)
        {
            switch (value)
            {
                case JsonObject inner:
                    foreach (var n in NamedIds(inner, $"{prefix}{key}."))
                    {
                        yield return n;
                    }

                    break;
                case JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is JsonObject item)
                        {
                            foreach (var n in NamedIds(item, $"{prefix}{key}[{i}]."))
                            {
                                yield return n;
                            }
                        }
                        else if (key.EndsWith("Ids", StringComparison.Ordinal) && DataFiles.Text(list[i]) is { } id)
                        {
                            yield return (id, $"{prefix}{key}[{i}]");
                        }
                    }

                    break;
                case JsonValue when key.EndsWith("Id", StringComparison.Ordinal) && key != "factId" && DataFiles.Text(value) is { } id:
                    yield return (id, prefix + key);
                    break;
            }
        }
    }
}
