namespace DefenceData.Resolution;

/// <summary>Resolves ids through a scope: what generated navigation properties call.</summary>
public static class RecordLookup
{
    /// <summary>The record with the given id in the scope.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="lookup">The scope's records of <typeparamref name="T"/>.</param>
    /// <param name="id">The record's id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">
    /// No record has that id: the build checks every reference against the same scope, so this only
    /// happens to records created in code rather than compiled from data.
    /// </exception>
    public static T Get<T>(IRecordLookup<T> lookup, string id)
        where T : class =>
        lookup.Find(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} has id '{id}' in this dataset.");
}
