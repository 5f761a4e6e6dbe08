namespace DefenceData.Resolution;

/// <summary>
/// Every reference in a scope's collections, indexed by the id it names: built once, on first use,
/// thread-safely; each lookup after that is one dictionary read.
/// </summary>
public interface IReferenceIndex : IRecordScope
{
    /// <summary>The references naming <paramref name="id"/>, whatever type of record they refer to.</summary>
    /// <param name="id">The id referred to.</param>
    /// <returns>The references, in collection order, then ordinal order of the holding record's id, then document order.</returns>
    IReadOnlyList<RecordReference> ReferencesTo(string id);

    /// <summary>The references to the record of type <paramref name="recordType"/> with id <paramref name="id"/>.</summary>
    /// <param name="recordType">The type of the record referred to.</param>
    /// <param name="id">Its id.</param>
    /// <returns>The references, in the order of <see cref="ReferencesTo(string)"/>.</returns>
    IReadOnlyList<RecordReference> ReferencesTo(Type recordType, string id);
}
