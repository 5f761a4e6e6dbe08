namespace DefenceData.Resolution;

/// <summary>
/// Where a record's references resolve: the collections of one compilation. Generated code sets it
/// on records built from a project's own data; see docs/ARCHITECTURE.md, "Navigation and scopes".
/// </summary>
public interface IRecordScope
{
}

/// <summary>The records of one type a scope resolves references against.</summary>
/// <typeparam name="T">The record type.</typeparam>
public interface IRecordLookup<T> : IRecordScope
    where T : class
{
    /// <summary>Finds the record with the given id.</summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The record, or <see langword="null"/> when the scope has none with that id.</returns>
    T? Find(string id);
}
