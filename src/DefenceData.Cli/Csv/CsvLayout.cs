using System.Text.Json;
using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>What a table is: a collection's records, a list of objects within them, or one of the two link tables.</summary>
internal enum CsvTableKind
{
    /// <summary>One row per record of a collection, keyed by <c>id</c>.</summary>
    Collection,

    /// <summary>One row per item of a list of objects (<c>people.roles</c>), keyed by <c>recordId</c> and <c>path</c>.</summary>
    ObjectList,

    /// <summary><c>lists</c>: one row per item of a list of ids or texts.</summary>
    Lists,

    /// <summary><c>citations</c>: one row per citation, wherever it is in a record.</summary>
    Citations,
}

/// <summary>A foreign key: the table's columns that hold an id of another table's primary key.</summary>
internal sealed record CsvForeignKey(string Column, string Table, string TableColumn);

/// <summary>
/// One export table without its rows: file name, columns, primary key and foreign keys. The same
/// layout names the CSV files, describes them in <c>datapackage.json</c> and types the Parquet
/// files, so the three cannot drift apart.
/// </summary>
internal sealed record CsvTableLayout(string Name, CsvTableKind Kind, string Collection, IReadOnlyList<CsvColumn> Columns, IReadOnlyList<string> PrimaryKey)
{
    /// <summary>The foreign keys: the owning record of a nested row, and every column that refers to a collection.</summary>
    public IEnumerable<CsvForeignKey> ForeignKeys =>
        Columns.Where(c => c.References is not null).Select(c => new CsvForeignKey(c.Name, c.References!, "id"));

    /// <summary>The column names in order.</summary>
    public IReadOnlyList<string> ColumnNames => Columns.Select(c => c.Name).ToArray();
}

/// <summary>The export tables, read from the dataset's collections and their record types, in the order they are written.</summary>
internal static class CsvLayout
{
    public const string ListsTable = "lists";
    public const string CitationsTable = "citations";

    /// <summary>Every table, in a fixed order: each collection followed by its object lists, then <c>lists</c>, then <c>citations</c>.</summary>
    public static IReadOnlyList<CsvTableLayout> Tables() => Tables(Dataset.Metadata);

    /// <summary>Every table of any generated dataset (its root's <c>Metadata</c>), in the order of <see cref="Tables()"/>.</summary>
    public static IReadOnlyList<CsvTableLayout> Tables(DatasetMetadata dataset)
    {
        string? CollectionOf(Type type) => dataset.CollectionOf(type)?.ExportName;

        var tables = new List<CsvTableLayout>();
        foreach (var metadata in dataset.Collections)
        {
            var collection = metadata.ExportName;
            var schema = CsvSchema.For(metadata.RecordType);
            tables.Add(new CsvTableLayout(collection, CsvTableKind.Collection, collection, schema.TypedColumns(CollectionOf), ["id"]));
            foreach (var (path, element) in schema.ObjectLists())
            {
                CsvColumn[] columns = [CsvColumn.Key("recordId", collection), CsvColumn.Key("path"), .. element.TypedColumns(CollectionOf)];
                tables.Add(new CsvTableLayout(collection + "." + path, CsvTableKind.ObjectList, collection, columns, ["recordId", "path"]));
            }
        }

        tables.Add(new CsvTableLayout(ListsTable, CsvTableKind.Lists, "", Lists(), ["collection", "recordId", "path"]));
        tables.Add(new CsvTableLayout(CitationsTable, CsvTableKind.Citations, "", Citations(CollectionOf), ["collection", "recordId", "path"]));
        return tables;
    }

    // recordId and value refer to a different table in each row (by collection and field), which a
    // foreign key cannot say; the rows are checked at build time (DD0008) instead.
    private static CsvColumn[] Lists() =>
    [
        CsvColumn.Key("collection"), CsvColumn.Key("recordId"), CsvColumn.Key("path"), CsvColumn.Key("field"),
        CsvColumn.Index("index"), CsvColumn.Key("value"),
    ];

    private static CsvColumn[] Citations(Func<Type, string?> collectionOf) =>
    [
        CsvColumn.Key("collection"), CsvColumn.Key("recordId"), CsvColumn.Key("path"),
        CsvColumn.Key("sourceId", collectionOf(typeof(Source))), CsvColumn.Key("quote"),
    ];

    /// <summary>The name of a table as a Data Package resource: lower-case, words joined by hyphens (<c>weapon-systems</c>).</summary>
    public static string ResourceName(string table) =>
        string.Join('.', table.Split('.').Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
}
