namespace DefenceData;

/// <summary>
/// The dataset as ready-made rows for data-driven tests: each <see cref="IEnumerable{T}"/> of
/// <c>object[]</c> fits xunit's <c>[MemberData(nameof(Fixtures.Events), MemberType = typeof(Fixtures))]</c>
/// (or NUnit's <c>TestCaseSource</c>, MSTest's <c>DynamicData</c>) without this package depending
/// on any test framework. Every sequence is deterministic: ordinal order of id, then document order.
/// </summary>
public static class Fixtures
{
    /// <summary>Every record of every collection: rows of <c>{ string collection, string id, object record }</c>.</summary>
    public static IEnumerable<object[]> Records =>
        Dataset.Collections.SelectMany(c => c.Value.Cast<object>().Select(r => new object[] { c.Key, RecordWalker.IdOf(r), r }));

    /// <summary>Every source: rows of <c>{ Source }</c>.</summary>
    public static IEnumerable<object[]> Sources => Rows(Dataset.Sources);

    /// <summary>Every person: rows of <c>{ Person }</c>.</summary>
    public static IEnumerable<object[]> People => Rows(Dataset.People);

    /// <summary>Every event: rows of <c>{ Event }</c>.</summary>
    public static IEnumerable<object[]> Events => Rows(Dataset.Events);

    /// <summary>Every statement: rows of <c>{ Statement }</c>.</summary>
    public static IEnumerable<object[]> Statements => Rows(Dataset.Statements);

    /// <summary>
    /// Every citation in the dataset, nested ones included: rows of
    /// <c>{ string collection, string recordId, string path, Citation citation }</c>, where the path
    /// says where in the record it is (<c>citations[0]</c>, <c>roles[1].citations[0]</c>).
    /// </summary>
    public static IEnumerable<object[]> Citations =>
        CitationSamples.Select(c => new object[] { c.Collection, c.RecordId, c.Path, c.Citation });

    /// <summary>Every event with the people taking part: rows of <c>{ Event event, IReadOnlyList&lt;Person&gt; participants }</c>.</summary>
    public static IEnumerable<object[]> EventsWithParticipants =>
        EventParticipants.Select(s => new object[] { s.Event, s.Participants });

    /// <summary>Every event with the people taking part, typed: a deterministic sample for assertions.</summary>
    public static IReadOnlyList<EventWithParticipants> EventParticipants =>
        Dataset.Events.Select(e => new EventWithParticipants(e, e.ParticipantIds.Select(DefenceData.People.Get).ToArray())).ToArray();

    /// <summary>Every citation in the dataset with where it is, typed (see <see cref="Citations"/>).</summary>
    public static IReadOnlyList<CitationAt> CitationSamples =>
        Dataset.Collections
            .SelectMany(c => c.Value.Cast<object>().SelectMany(r => RecordWalker.Citations(r).Select(x => new CitationAt(c.Key, RecordWalker.IdOf(r), x.Path, x.Citation))))
            .ToArray();

    /// <summary>Turns any sequence (a LINQ query over <see cref="Dataset"/>, say) into one-argument rows.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>Rows of <c>{ item }</c>, in the order given.</returns>
    public static IEnumerable<object[]> Rows<T>(IEnumerable<T> items)
        where T : notnull =>
        items.Select(i => new object[] { i });
}

/// <summary>An event and the people taking part in it.</summary>
/// <param name="Event">The event.</param>
/// <param name="Participants">Its participants, in the order of <see cref="DefenceData.Event.ParticipantIds"/>.</param>
public sealed record EventWithParticipants(Event Event, IReadOnlyList<Person> Participants);

/// <summary>A citation and where it is in the dataset.</summary>
/// <param name="Collection">The collection's name in exports, e.g. <c>people</c>.</param>
/// <param name="RecordId">The id of the record holding the citation.</param>
/// <param name="Path">Where in the record: <c>citations[0]</c>, <c>roles[1].citations[0]</c>.</param>
/// <param name="Citation">The citation.</param>
public sealed record CitationAt(string Collection, string RecordId, string Path, Citation Citation);
