namespace DefenceData;

/// <summary>
/// The entry point to the dataset: every collection as a read-only list in ordinal order of id.
/// Each collection class (<see cref="DefenceData.People"/>, <see cref="DefenceData.Events"/>, …)
/// also offers <c>Get</c>, <c>TryGet</c>, <c>ById</c> and one named member per record.
/// </summary>
public static class Dataset
{
    /// <summary>The articles the dataset is drawn from.</summary>
    public static IReadOnlyList<Source> Sources => DefenceData.Sources.All;

    /// <summary>The countries named in the articles.</summary>
    public static IReadOnlyList<Country> Countries => DefenceData.Countries.All;

    /// <summary>The organisations named in the articles.</summary>
    public static IReadOnlyList<Organisation> Organisations => DefenceData.Organisations.All;

    /// <summary>The people named in the articles.</summary>
    public static IReadOnlyList<Person> People => DefenceData.People.All;

    /// <summary>The places named in the articles.</summary>
    public static IReadOnlyList<Place> Places => DefenceData.Places.All;

    /// <summary>The topics and areas of cooperation named in the articles.</summary>
    public static IReadOnlyList<Topic> Topics => DefenceData.Topics.All;

    /// <summary>The events the articles report.</summary>
    public static IReadOnlyList<Event> Events => DefenceData.Events.All;

    /// <summary>The agreements the articles report.</summary>
    public static IReadOnlyList<Agreement> Agreements => DefenceData.Agreements.All;

    /// <summary>The weapon systems the articles name.</summary>
    public static IReadOnlyList<WeaponSystem> WeaponSystems => DefenceData.WeaponSystems.All;

    /// <summary>The statements the articles report.</summary>
    public static IReadOnlyList<Statement> Statements => DefenceData.Statements.All;

    /// <summary>Finds the record with the given id in any collection.</summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The record, or <see langword="null"/> when no record has that id.</returns>
    /// <remarks>Ids are unique within a collection; where two collections share one, the first in the order above wins.</remarks>
    public static object? Find(string id) =>
        DefenceData.Sources.TryGet(id, out var source) ? source
        : DefenceData.Countries.TryGet(id, out var country) ? country
        : DefenceData.Organisations.TryGet(id, out var organisation) ? organisation
        : DefenceData.People.TryGet(id, out var person) ? person
        : DefenceData.Places.TryGet(id, out var place) ? place
        : DefenceData.Topics.TryGet(id, out var topic) ? topic
        : DefenceData.Events.TryGet(id, out var evt) ? evt
        : DefenceData.Agreements.TryGet(id, out var agreement) ? agreement
        : DefenceData.WeaponSystems.TryGet(id, out var weapon) ? weapon
        : DefenceData.Statements.TryGet(id, out var statement) ? statement
        : null;

    /// <summary>Every collection by its name in exports (camelCase), in a fixed order.</summary>
    /// <remarks>
    /// Built on each call, so that touching <see cref="Dataset"/> for one collection does not build all
    /// ten (a static initializer would); each collection's records are built once either way.
    /// </remarks>
    public static IReadOnlyList<KeyValuePair<string, System.Collections.IEnumerable>> Collections =>
    [
        new("sources", DefenceData.Sources.All),
        new("countries", DefenceData.Countries.All),
        new("organisations", DefenceData.Organisations.All),
        new("people", DefenceData.People.All),
        new("places", DefenceData.Places.All),
        new("topics", DefenceData.Topics.All),
        new("events", DefenceData.Events.All),
        new("agreements", DefenceData.Agreements.All),
        new("weaponSystems", DefenceData.WeaponSystems.All),
        new("statements", DefenceData.Statements.All),
    ];
}
