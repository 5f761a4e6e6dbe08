namespace DefenceData.Tests;

/// <summary>The <see cref="Fixtures"/> rows, used as a test project would use them.</summary>
public sealed class FixturesTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Events), MemberType = typeof(Fixtures))]
    public void Every_event_row_is_an_event_with_a_citation(Event e)
    {
        Assert.NotEmpty(e.Citations);
    }

    [Theory]
    [MemberData(nameof(Fixtures.EventsWithParticipants), MemberType = typeof(Fixtures))]
    public void Every_event_comes_with_its_participants_in_order(Event e, IReadOnlyList<Person> participants)
    {
        Assert.Equal(e.ParticipantIds, participants.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Citations), MemberType = typeof(Fixtures))]
    public void Every_citation_row_names_a_known_source(string collection, string recordId, string path, Citation citation)
    {
        Assert.NotNull(Dataset.Find(recordId));
        Assert.Contains("citations[", path, StringComparison.Ordinal);
        Assert.True(Sources.TryGet(citation.SourceId, out _), $"{collection}/{recordId} {path}");
    }

    [Fact]
    public void Records_has_one_row_per_record_of_every_collection()
    {
        var counts = Fixtures.Records.GroupBy(r => (string)r[0]).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()));
        Assert.Equal(DatasetInfo.RecordCounts.Where(c => c.Value > 0), counts);
    }

    [Fact]
    public void Rows_are_the_same_on_every_enumeration()
    {
        Assert.Equal(Fixtures.Citations.Select(r => (string)r[1] + r[2]), Fixtures.Citations.Select(r => (string)r[1] + r[2]));
    }

    [Fact]
    public void Rows_turns_any_query_into_one_argument_rows()
    {
        var rows = Fixtures.Rows(Dataset.People.Where(p => p.CountryId == "israel")).ToArray();
        Assert.All(rows, r => Assert.Equal("israel", Assert.IsType<Person>(Assert.Single(r)).CountryId));
    }
}
