using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>
/// One collection as the generator compiled it: its name in exports, its class, its YAML folder,
/// its record type's fields, and its records. Every run-time output (exports, the site, diffs,
/// fixtures) reads a collection through this, so it serves any generated dataset alike.
/// </summary>
public abstract class CollectionMetadata
{
    /// <summary>Describes a collection.</summary>
    /// <param name="exportName">The name in exports (<c>weaponSystems</c>).</param>
    /// <param name="className">The collection class's name (<c>WeaponSystems</c>).</param>
    /// <param name="folder">The YAML folder under the data directory (<c>weapon-systems</c>).</param>
    /// <param name="recordType">The record type.</param>
    private protected CollectionMetadata(string exportName, string className, string folder, RecordTypeMetadata recordType)
    {
        ExportName = exportName;
        ClassName = className;
        Folder = folder;
        RecordType = recordType;
    }

    /// <summary>The name in exports and in <c>Collections</c>: the class name in camelCase (<c>weaponSystems</c>).</summary>
    public string ExportName { get; }

    /// <summary>The collection class's name (<c>WeaponSystems</c>).</summary>
    public string ClassName { get; }

    /// <summary>The YAML folder its records are read from, under the data directory (<c>weapon-systems</c>).</summary>
    public string Folder { get; }

    /// <summary>The record type and its fields.</summary>
    public RecordTypeMetadata RecordType { get; }

    /// <summary>The records, in ordinal order of id (built on first use).</summary>
    public abstract IReadOnlyList<IRecord> Records { get; }

    /// <summary>The record with an id (exact, ordinal), or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public abstract IRecord? Find(string id);
}

/// <summary>A collection with its records typed.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class CollectionMetadata<T> : CollectionMetadata
    where T : class, IRecord
{
    private readonly Func<IReadOnlyList<T>> _all;
    private readonly Func<string, T?> _find;

    /// <summary>Describes a collection; the generator calls this, in generated metadata.</summary>
    /// <param name="exportName">The name in exports.</param>
    /// <param name="className">The collection class's name.</param>
    /// <param name="folder">The YAML folder.</param>
    /// <param name="recordType">The record type.</param>
    /// <param name="all">Reads the collection's records.</param>
    /// <param name="find">Finds a record by id, or gives <see langword="null"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CollectionMetadata(string exportName, string className, string folder, RecordTypeMetadata recordType, Func<IReadOnlyList<T>> all, Func<string, T?> find)
        : base(exportName, className, folder, recordType)
    {
        _all = all;
        _find = find;
    }

    /// <summary>The records, typed, in ordinal order of id.</summary>
    public IReadOnlyList<T> All => _all();

    /// <inheritdoc />
    public override IReadOnlyList<IRecord> Records => _all();

    /// <inheritdoc />
    public override IRecord? Find(string id) => _find(id);
}
