using System.Text.Json.Nodes;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DefenceData.Tests;

/// <summary>
/// The <see cref="Fixtures"/> rows, used as a test project would use them. The theories take
/// keyed rows (<see cref="Fixtures.RecordKeys"/>, <see cref="Fixtures.CitationKeys"/>) or
/// <see cref="DatasetRow{T}"/>, which xunit serialises, so each row is its own test case in IDEs
/// and <c>dotnet test --list-tests</c>, named <c>people/amir-baram</c>.
/// </summary>
public sealed class FixturesTests
{
    public static IEnumerable<object[]> EventRows => DatasetRow<Event>.Rows("events");

    public static IEnumerable<object[]> EventKeys => Fixtures.RecordKeysOf("events");

    [Theory]
    [MemberData(nameof(EventRows))]
    public void Every_event_row_is_an_event_with_a_citation(DatasetRow<Event> e)
    {
        Assert.NotEmpty(e.Value.Citations);
    }

    [Theory]
    [MemberData(nameof(EventKeys))]
    public void Every_event_comes_with_its_participants_in_order(string key)
    {
        var sample = Fixtures.EventParticipants.Single(s => $"events/{s.Event.Id}" == key);

        // The participantIds the event's file lists, in its order, each the person record of that id.
        var listed = DataFiles.Record("events", key["events/".Length..])["participantIds"] is JsonArray ids ? ids.Select(DataFiles.Text).ToArray() : [];
        Assert.Equal(listed, sample.Participants.Select(p => p.Id));
        Assert.All(sample.Participants, p => Assert.Same(Dataset.People.Single(person => person.Id == p.Id), p));
    }

    [Fact]
    public void Events_with_participants_cover_every_event_and_someone_takes_part()
    {
        Assert.Equal(DataFiles.Collections.Single(c => c.ExportName == "events").Ids, Fixtures.EventParticipants.Select(s => s.Event.Id));
        Assert.Contains(Fixtures.EventParticipants, s => s.Participants.Count > 1);
        Assert.Equal(
            Fixtures.EventParticipants.Select(s => (s.Event.Id, string.Join(",", s.Participants.Select(p => p.Id)))),
            Fixtures.EventsWithParticipants.Select(r => (((Event)r[0]).Id, string.Join(",", ((IReadOnlyList<Person>)r[1]).Select(p => p.Id)))));
    }

    [Theory]
    [MemberData(nameof(Fixtures.CitationKeys), MemberType = typeof(Fixtures))]
    public void Every_citation_key_leads_to_its_citation_in_its_record(string key)
    {
        var at = Fixtures.CitationAt(key);
        var record = Dataset.Collections.Single(c => c.Key == at.Collection).Value.Single(r => r.Id == at.RecordId);
        Assert.Same(at.Citation, Follow(record, at.Path));

        // The same path in the record's YAML file holds this citation's source and quote.
        var written = DataFiles.At(DataFiles.Record(at.Collection, at.RecordId), at.Path);
        Assert.Equal((DataFiles.Text(written["sourceId"]), DataFiles.Text(written["quote"])), (at.Citation.SourceId, at.Citation.Quote));
        Assert.True(Sources.TryGet(at.Citation.SourceId, out _), key);
    }

    [Fact]
    public void Records_has_one_row_per_record_file_by_collection_then_ordinal_id()
    {
        // Collection order and ids as data/ holds them, read without the generator.
        var files = DataFiles.Collections.SelectMany(c => c.Ids.Select(id => (c.ExportName, id))).ToList();
        var rows = Fixtures.Records.ToList();
        Assert.Equal(files, rows.Select(r => ((string)r[0], (string)r[1])));
        Assert.All(rows, r => Assert.Equal((string)r[1], Assert.IsAssignableFrom<IRecord>(r[2]).Id));
    }

    [Fact]
    public void Record_keys_are_collection_slash_id_and_name_their_record()
    {
        var files = DataFiles.Collections.SelectMany(c => c.Ids.Select(id => $"{c.ExportName}/{id}"));
        Assert.Equal(files, Fixtures.RecordKeys.Select(r => (string)Assert.Single(r)));
        Assert.Same(People.AmirBaram, Fixtures.Record<Person>("people/amir-baram"));
        Assert.Equal("Amir Baram", Fixtures.Record<Person>("people/amir-baram").Name);
        Assert.Equal(DataFiles.Collections.Single(c => c.ExportName == "events").Ids.Select(id => "events/" + id), Fixtures.RecordKeysOf("events").Select(r => (string)r[0]));
        Assert.Empty(Fixtures.RecordKeysOf("event"));
    }

    [Theory]
    [InlineData("people/nobody")]
    [InlineData("amir-baram")]
    [InlineData("events/amir-baram")]
    public void An_unknown_key_throws_saying_what_keys_look_like(string key)
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Fixtures.Record<Person>(key));
        Assert.Contains("e.g. people/amir-baram", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_keys_are_every_citation_of_the_yaml_files_nested_ones_included()
    {
        // Every list named citations in every record file, found by walking the YAML itself.
        var written = DataFiles.Citations.Select(c => $"{c.Collection}/{c.RecordId}/{c.Path}").Order(StringComparer.Ordinal);
        var keys = Fixtures.CitationKeys.Select(r => (string)Assert.Single(r)).ToList();

        Assert.Equal(written, keys.Order(StringComparer.Ordinal));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Contains("people/amir-baram/roles[0].citations[0]", keys);
        Assert.Equal("article-000", Fixtures.CitationAt("people/amir-baram/roles[0].citations[0]").Citation.SourceId);
        Assert.Throws<KeyNotFoundException>(() => Fixtures.CitationAt("people/amir-baram/citations[999]"));
    }

    [Fact]
    public void Keyed_and_wrapped_rows_are_serialisable_so_each_is_its_own_test_case()
    {
        var rows = Fixtures.RecordKeys.Concat(Fixtures.CitationKeys).Concat(EventRows).ToArray();
        Assert.All(rows, row => Assert.True(SerializationHelper.IsSerializable(row), string.Join(", ", row)));
    }

    [Fact]
    public void A_wrapped_row_survives_serialisation_and_shows_its_short_key()
    {
        var row = (DatasetRow<Event>)EventRows.First()[0];

        var copy = SerializationHelper.Deserialize<DatasetRow<Event>>(SerializationHelper.Serialize(row));

        Assert.Same(row.Value, copy.Value);
        Assert.Equal($"events/{row.Value.Id}", ArgumentFormatter.Format(copy));
    }

    [Fact]
    public void Every_typed_event_row_holds_the_dataset_record_itself()
    {
        Assert.Equal(DataFiles.Collections.Single(c => c.ExportName == "events").Ids, Fixtures.Events.Select(row => ((Event)Assert.Single(row)).Id));
        Assert.All(Fixtures.Events, row => Assert.Same(Events.Get(((Event)row[0]).Id), row[0]));
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
        var israelis = DataFiles.Collections.Single(c => c.ExportName == "people").Records
            .Where(p => DataFiles.Text(p["countryId"]) == "israel")
            .Select(p => DataFiles.Text(p["id"]));
        Assert.NotEmpty(rows);
        Assert.Equal(israelis, rows.Select(r => Assert.IsType<Person>(Assert.Single(r)).Id));
    }

    [Fact]
    public void Rows_keep_the_order_and_repeats_of_what_they_are_given()
    {
        Assert.Equal(new object[][] { ["b"], ["a"], ["b"] }, Fixtures.Rows(new[] { "b", "a", "b" }));
    }

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

/// <summary>
/// A record as an xunit theory argument that xunit can serialise: it carries only the record's key
/// (<c>events/jwg-17-2025-11-04</c>), resolves the record through <see cref="Fixtures.Record{T}"/>,
/// and shows as its key in test names. The pattern the README gives xunit v2 users.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class DatasetRow<T> : IXunitSerializable
    where T : class, IRecord
{
    [Obsolete("For xunit's deserialisation only.")]
    public DatasetRow()
    {
    }

    private DatasetRow(string key) => Key = key;

    /// <summary>The record's key, collection/id.</summary>
    public string Key { get; private set; } = "";

    /// <summary>The record.</summary>
    public T Value => Fixtures.Record<T>(Key);

    /// <summary>One row per record of a collection.</summary>
    public static IEnumerable<object[]> Rows(string collection) =>
        Fixtures.RecordKeysOf(collection).Select(r => new object[] { new DatasetRow<T>((string)r[0]) });

    public void Deserialize(IXunitSerializationInfo info) => Key = info.GetValue<string>(nameof(Key));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Key), Key);

    public override string ToString() => Key;
}
