namespace DefenceData.Resolution;

/// <summary>
/// The ids of a public collection, written into its assembly by the generator, so that a project
/// referencing the assembly checks its references to that collection's records at build time.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class CollectionIdsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="collection">The collection class.</param>
    /// <param name="recordType">Its record type.</param>
    /// <param name="ids">Its ids, each followed by a line feed, in ordinal order.</param>
    public CollectionIdsAttribute(Type collection, Type recordType, string ids)
    {
        Collection = collection;
        RecordType = recordType;
        Ids = ids;
    }

    /// <summary>The collection class.</summary>
    public Type Collection { get; }

    /// <summary>Its record type.</summary>
    public Type RecordType { get; }

    /// <summary>Its ids, each followed by a line feed, in ordinal order.</summary>
    public string Ids { get; }
}
