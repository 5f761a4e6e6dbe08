namespace DefenceData.Tests;

/// <summary>The <see cref="Fixtures"/> rows, used as a test project would use them.</summary>
public sealed class FixturesTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Events), MemberType = typeof(Fixtures))]
    public void Every_event_row_holds_the_dataset_record_itself(Event e)
    {
        Assert.Same(Events.Get(e.Id), e);
    }

    [Theory]
    [MemberData(nameof(Fixtures.EventsWithParticipants), MemberType = typeof(Fixtures))]
    public void Every_event_comes_with_its_participants_in_order(Event e, IReadOnlyList<Person> participants)
    {
        Assert.Equal(e.ParticipantIds, participants.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Citations), MemberType = typeof(Fixtures))]
    public void Every_citation_row_path_leads_to_its_citation_in_its_record(string collection, string recordId, string path, Citation citation)
    {
        var record = Dataset.Collections.Single(c => c.Key == collection).Value.Cast<object>().Single(r => Id(r) == recordId);
        Assert.Same(citation, Follow(record, path));
    }

    [Fact]
    public void Records_has_one_row_per_record_of_every_collection()
    {
        var counts = Fixtures.Records.GroupBy(r => (string)r[0]).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()));
        Assert.Equal(DatasetInfo.RecordCounts.Where(c => c.Value > 0), counts);
    }

    [Fact]
    public void Citation_rows_come_by_collection_then_ordinal_id()
    {
        var collections = Dataset.Collections.Select(c => c.Key).ToList();
        var keys = Fixtures.Citations.Select(r => (Collection: collections.IndexOf((string)r[0]), Id: (string)r[1])).ToList();
        Assert.Equal(keys.OrderBy(k => k.Collection).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Rows_turns_any_query_into_one_argument_rows()
    {
        var rows = Fixtures.Rows(Dataset.People.Where(p => p.CountryId == "israel")).ToArray();
        Assert.All(rows, r => Assert.Equal("israel", Assert.IsType<Person>(Assert.Single(r)).CountryId));
    }

    private static string Id(object record) => (string)record.GetType().GetProperty("Id")!.GetValue(record)!;

    /// <summary>The value at a path such as <c>roles[1].citations[0]</c>: camelCase keys, list indexes in brackets.</summary>
    private static object? Follow(object record, string path)
    {
        object? value = record;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? segment : segment[..bracket];
            value = value!.GetType().GetProperty(char.ToUpperInvariant(key[0]) + key[1..])!.GetValue(value);
            if (bracket >= 0)
            {
                value = ((System.Collections.IEnumerable)value!).Cast<object>().ElementAt(int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return value;
    }
}
