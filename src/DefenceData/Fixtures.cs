using DefenceData.Metadata;

namespace DefenceData;

/// <summary>
/// The dataset as ready-made rows for data-driven tests: each <see cref="IEnumerable{T}"/> of
/// <c>object[]</c> fits xunit's <c>[MemberData(nameof(Fixtures.Events), MemberType = typeof(Fixtures))]</c>
/// (or NUnit's <c>TestCaseSource</c>, MSTest's <c>DynamicData</c>) without this package depending
/// on any test framework. Every sequence is deterministic: ordinal order of id, then document order.
/// </summary>
public static class Fixtures
{
    /// <summary>Every record of every collection: rows of <c>{ string collection, string id, IRecord record }</c>.</summary>
    public static IEnumerable<object[]> Records => RecordsOf(Dataset.Metadata);

    /// <summary>
    /// Every record of any generated dataset (a project's own <c>ProjectDataset.Metadata</c>): rows of
    /// <c>{ string collection, string id, IRecord record }</c>, in collection order, then ordinal order of id.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The rows.</returns>
    public static IEnumerable<object[]> RecordsOf(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Collections.SelectMany(c => c.Records.Select(r => new object[] { c.ExportName, r.Id, r }));
    }

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
    public static IReadOnlyList<CitationAt> CitationSamples => CitationsOf(Dataset.Metadata);

    /// <summary>Every citation of any generated dataset with where it is, typed (see <see cref="Citations"/>).</summary>
    /// <param name="dataset">The dataset (a project's own <c>ProjectDataset.Metadata</c>).</param>
    /// <returns>The citations, in collection order, then ordinal order of id, then document order.</returns>
    public static IReadOnlyList<CitationAt> CitationsOf(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Collections
            .SelectMany(c => c.Records.SelectMany(r => RecordWalker.Citations(r, c.RecordType).Select(x => new CitationAt(c.ExportName, r.Id, x.Path, x.Citation))))
            .ToArray();
    }

    /// <summary>
    /// Every record as a one-text row <c>{ "people/amir-baram" }</c> (collection, slash, id): rows a
    /// test runner can serialise, so IDEs and <c>dotnet test --list-tests</c> list each record as
    /// its own test case under that short name. Get the record back with <see cref="Record{T}(string)"/>.
    /// </summary>
    public static IEnumerable<object[]> RecordKeys => Records.Select(r => new object[] { $"{r[0]}/{r[1]}" });

    /// <summary>One collection's records as one-text rows <c>{ "events/jwg-17-2025-11-04" }</c> (see <see cref="RecordKeys"/>).</summary>
    /// <param name="collection">The collection's name in exports, e.g. <c>events</c>.</param>
    /// <returns>The rows, in ordinal order of id; none for an unknown collection.</returns>
    public static IEnumerable<object[]> RecordKeysOf(string collection) =>
        RecordKeys.Where(r => ((string)r[0]).StartsWith(collection + "/", StringComparison.Ordinal));

    /// <summary>
    /// Every citation as a one-text row <c>{ "people/amir-baram/roles[0].citations[0]" }</c>
    /// (record key, slash, path in the record): serialisable rows, one test case each. Get the
    /// citation back with <see cref="CitationAt(string)"/>.
    /// </summary>
    public static IEnumerable<object[]> CitationKeys =>
        CitationSamples.Select(c => new object[] { $"{c.Collection}/{c.RecordId}/{c.Path}" });

    /// <summary>The record a key of <see cref="RecordKeys"/> names.</summary>
    /// <typeparam name="T">The record type, e.g. <see cref="Event"/>.</typeparam>
    /// <param name="key">The key, e.g. <c>people/amir-baram</c>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">No record of that collection and id, or not a <typeparamref name="T"/>.</exception>
    public static T Record<T>(string key)
        where T : class, IRecord => Record<T>(Dataset.Metadata, key);

    /// <summary>The record a key of <see cref="RecordKeys"/> names, in any generated dataset.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="dataset">The dataset (a project's own <c>ProjectDataset.Metadata</c>).</param>
    /// <param name="key">The key, e.g. <c>people/amir-baram</c>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">No record of that collection and id, or not a <typeparamref name="T"/>.</exception>
    public static T Record<T>(DatasetMetadata dataset, string key)
        where T : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var collection = slash < 0 ? null : dataset.Collection(key[..slash]);
        return collection?.Find(key[(slash + 1)..]) as T
            ?? throw new KeyNotFoundException($"No {typeof(T).Name} record '{key}': keys are collection/id, e.g. people/amir-baram.");
    }

    /// <summary>The citation a key of <see cref="CitationKeys"/> names, with where it is.</summary>
    /// <param name="key">The key, e.g. <c>people/amir-baram/citations[0]</c>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="KeyNotFoundException">No citation at that key.</exception>
    public static CitationAt CitationAt(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CitationSamples.FirstOrDefault(c => $"{c.Collection}/{c.RecordId}/{c.Path}" == key)
            ?? throw new KeyNotFoundException($"No citation '{key}': keys are collection/id/path, e.g. people/amir-baram/citations[0].");
    }

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
