using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>
/// A whole generated dataset: every collection's metadata and records, and the references between
/// them. The generated root (<see cref="Dataset"/>, or a project's own <c>ProjectDataset</c>) exposes
/// one as <c>Metadata</c>; the JSON export, the fixtures and the record walker take any of them.
/// </summary>
public sealed class DatasetMetadata
{
    private readonly Func<string, IReadOnlyList<RecordReference>> _referencesTo;

    /// <summary>Describes a dataset; the generator calls this, in the generated root.</summary>
    /// <param name="collections">Every collection, in ordinal order of export name.</param>
    /// <param name="referencesTo">Finds every reference naming an id.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DatasetMetadata(IReadOnlyList<CollectionMetadata> collections, Func<string, IReadOnlyList<RecordReference>> referencesTo)
    {
        ArgumentNullException.ThrowIfNull(collections);
        Collections = Array.AsReadOnly(collections.ToArray());
        _referencesTo = referencesTo;
    }

    /// <summary>Every collection, in ordinal order of export name.</summary>
    public IReadOnlyList<CollectionMetadata> Collections { get; }

    /// <summary>The collection with an export name (<c>events</c>), or <see langword="null"/>.</summary>
    /// <param name="exportName">The name in exports.</param>
    /// <returns>The collection, or <see langword="null"/>.</returns>
    public CollectionMetadata? Collection(string exportName) =>
        Collections.FirstOrDefault(c => string.Equals(c.ExportName, exportName, StringComparison.Ordinal));

    /// <summary>The first collection (in <see cref="Collections"/> order) whose records are of a type, or <see langword="null"/>.</summary>
    /// <param name="recordType">The record type, e.g. the target of a reference.</param>
    /// <returns>The collection, or <see langword="null"/>.</returns>
    public CollectionMetadata? CollectionOf(Type recordType) =>
        Collections.FirstOrDefault(c => c.RecordType.Type == recordType);

    /// <summary>The collection holding a record (the first, in <see cref="Collections"/> order, whose record type it is), or <see langword="null"/>.</summary>
    /// <param name="record">A record of this dataset.</param>
    /// <returns>The collection, or <see langword="null"/>.</returns>
    public CollectionMetadata? CollectionOf(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Collections.FirstOrDefault(c => c.RecordType.Type == record.GetType() && ReferenceEquals(c.Find(record.Id), record))
            ?? CollectionOf(record.GetType());
    }

    /// <summary>Finds the record with an id in any collection; where two collections share it, the first wins.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public IRecord? Find(string id)
    {
        foreach (var collection in Collections)
        {
            if (collection.Find(id) is { } record)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>Every reference naming an id: the record holding it and where.</summary>
    /// <param name="id">The id referred to.</param>
    /// <returns>The references, in collection order, then ordinal order of the holding record's id, then document order.</returns>
    public IReadOnlyList<RecordReference> ReferencesTo(string id) => _referencesTo(id);
}
