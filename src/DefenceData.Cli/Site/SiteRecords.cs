using System.Text.Json;
using DefenceData.Metadata;

namespace DefenceData.Cli.Site;

/// <summary>
/// The dataset as the site sees it: each collection with its record type and a folder name,
/// each record's page, and who refers to whom. Read from the generated metadata
/// (<see cref="Dataset.Metadata"/>), so a new collection or reference gets its pages and links without a change here.
/// </summary>
internal sealed class SiteRecords
{
    private readonly Dictionary<string, IndexedRecord> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, SiteCollection> _byType = [];
    private readonly Dictionary<string, List<(IndexedRecord From, string Property)>> _referrers = new(StringComparer.Ordinal);

    public SiteRecords()
    {
        Collections = Dataset.Metadata.Collections
            .Select(c => new SiteCollection(c.ExportName, JsonNamingPolicy.KebabCaseLower.ConvertName(c.ExportName), c.RecordType))
            .ToArray();
        foreach (var collection in Collections)
        {
            _byType.TryAdd(collection.RecordType.Type, collection);
        }

        foreach (var record in DatasetIndex.Records)
        {
            _byKey[Key(record.Collection, record.Id)] = record;
        }

        foreach (var record in DatasetIndex.Records)
        {
            foreach (var (field, target, ids) in References(record))
            {
                foreach (var id in ids)
                {
                    var key = Key(target.Name, id);
                    if (!_referrers.TryGetValue(key, out var list))
                    {
                        _referrers[key] = list = [];
                    }

                    list.Add((record, field.Key));
                }
            }
        }
    }

    /// <summary>The collections in the dataset's order.</summary>
    public IReadOnlyList<SiteCollection> Collections { get; }

    /// <summary>The collection of the sources (the articles), whose record pages show the article text.</summary>
    public SiteCollection Sources => _byType[typeof(Source)];

    /// <summary>The collection of a record type, if the dataset has one.</summary>
    public SiteCollection? CollectionOf(Type recordType) => _byType.GetValueOrDefault(recordType);

    /// <summary>A record by collection and id.</summary>
    public IndexedRecord? Find(string collection, string id) => _byKey.GetValueOrDefault(Key(collection, id));

    /// <summary>The records of a collection.</summary>
    public IEnumerable<IndexedRecord> In(SiteCollection collection) => DatasetIndex.In(collection.Name);

    /// <summary>The records that refer to this one, with the key of the field that does.</summary>
    public IReadOnlyList<(IndexedRecord From, string Property)> ReferrersOf(IndexedRecord record) =>
        _referrers.TryGetValue(Key(record.Collection, record.Id), out var list) ? list : [];

    /// <summary>The path of a record's page from the site root, e.g. <c>people/amir-baram.html</c>.</summary>
    public string PagePath(IndexedRecord record) => Folder(record.Collection) + "/" + record.Id + ".html";

    /// <summary>The folder of a collection's pages, e.g. <c>weapon-systems</c>.</summary>
    public string Folder(string collection) => Collections.First(c => c.Name == collection).Folder;

    /// <summary>The reference fields of a record that point into a collection, with their ids.</summary>
    public IEnumerable<(FieldMetadata Field, SiteCollection Target, IReadOnlyList<string> Ids)> References(IndexedRecord record)
    {
        foreach (var field in record.Metadata.RecordType.Fields)
        {
            if (field.ReferenceTarget is { } type && CollectionOf(type) is { } target)
            {
                IReadOnlyList<string> ids = field.GetValue(record.Record) switch
                {
                    string id => [id],
                    IEnumerable<string> list => list.ToArray(),
                    _ => [],
                };
                yield return (field, target, ids);
            }
        }
    }

    private static string Key(string collection, string id) => collection + "\n" + id;
}

/// <summary>A collection on the site: its export name, its folder of pages and its record type.</summary>
internal sealed record SiteCollection(string Name, string Folder, RecordTypeMetadata RecordType)
{
    /// <summary>A heading for the collection: "Weapon systems".</summary>
    public string Heading => Humanize.Words(Name);

    /// <summary>The field that places a record under others of its own collection (topics' broader topics, a place's larger place), if any: its records form a tree.</summary>
    public FieldMetadata? ParentField => RecordType.Fields.FirstOrDefault(f => f.ReferenceTarget == RecordType.Type);
}
