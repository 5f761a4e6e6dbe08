namespace DefenceData.Annotations;

/// <summary>
/// Marks a <see langword="static partial"/> class as a collection of records read from YAML files
/// at build time. The DefenceData generator fills in the class: <c>All</c>, <c>ById</c>,
/// <c>Get</c>, <c>TryGet</c> and one named static member per record.
/// </summary>
/// <remarks>
/// The record type is the schema: each YAML key is the camelCase name of one of its
/// <see langword="init"/> properties, and <see langword="required"/> properties are required keys.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DataCollectionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="recordType">The record type of the collection; it must have a <see cref="string"/> <c>Id</c> property.</param>
    /// <param name="folder">The folder, relative to the data directory, whose <c>*.yaml</c> and <c>*.yml</c> files hold the records.</param>
    public DataCollectionAttribute(Type recordType, string folder)
    {
        RecordType = recordType;
        Folder = folder;
    }

    /// <summary>The record type of the collection.</summary>
    public Type RecordType { get; }

    /// <summary>The folder, relative to the data directory, whose <c>*.yaml</c> and <c>*.yml</c> files hold the records.</summary>
    public string Folder { get; }
}
