using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>How one field of a record type goes into CSV.</summary>
internal enum CsvFieldKind
{
    /// <summary>A scalar (text, number, enum, date): one column.</summary>
    Scalar,

    /// <summary>A single nested object: its scalars become columns named <c>field.sub</c>.</summary>
    Object,

    /// <summary>A single citation: a row of <c>citations.csv</c>.</summary>
    Citation,

    /// <summary>A list of scalars (ids, names): rows of <c>lists.csv</c>.</summary>
    ScalarList,

    /// <summary>A list of citations: rows of <c>citations.csv</c>.</summary>
    CitationList,

    /// <summary>A list of objects (roles, figures): rows of their own table.</summary>
    ObjectList,
}

/// <summary>One data field of a record type and how it is written.</summary>
internal sealed record CsvField(FieldMetadata Field, CsvFieldKind Kind, CsvSchema? Element)
{
    /// <summary>The field's key: its column name, or the last part of one.</summary>
    public string Name => Field.Key;
}

/// <summary>
/// The CSV shape of a record type, read from its generated metadata: its data fields in
/// declaration order, each placed by <see cref="CsvFieldKind"/>.
/// </summary>
internal sealed record CsvSchema(RecordTypeMetadata Type, IReadOnlyList<CsvField> Fields)
{
    // The data's fields, then the derived scalars ([Derived]: a CAMEO code's meaning), as columns after them.
    public static CsvSchema For(RecordTypeMetadata type) =>
        new(type, type.Fields.Concat(type.DerivedFields).Select(f => f.Value switch
        {
            { IsScalar: true } => new CsvField(f, CsvFieldKind.Scalar, null),
            { Object: { } o } when IsCitation(o) => new CsvField(f, CsvFieldKind.Citation, null),
            { Object: { } o } => new CsvField(f, CsvFieldKind.Object, For(o)),
            { Element.IsScalar: true } => new CsvField(f, CsvFieldKind.ScalarList, null),
            { Element.Object: { } o } when IsCitation(o) => new CsvField(f, CsvFieldKind.CitationList, null),
            { Element.Object: { } o } => new CsvField(f, CsvFieldKind.ObjectList, For(o)),
            _ => throw new NotSupportedException($"'{type.Name}.{f.Name}' is a list of lists, which the generator does not produce."),
        }).ToArray());

    /// <summary>The columns of a row of this type, typed: scalars, and nested objects' scalars as <c>field.sub</c>.</summary>
    /// <param name="collectionOf">The export name of the collection of a record type, for the columns that refer to one.</param>
    /// <param name="prefix">The column name prefix of a nested object.</param>
    /// <param name="underNullable">Whether this object may itself be absent (then none of its columns is required).</param>
    public IReadOnlyList<CsvColumn> TypedColumns(Func<Type, string?> collectionOf, string prefix = "", bool underNullable = false) =>
        Fields.SelectMany(f => f.Kind switch
        {
            CsvFieldKind.Scalar => [CsvColumn.For(prefix + f.Name, f.Field, underNullable, collectionOf)],
            CsvFieldKind.Object => f.Element!.TypedColumns(collectionOf, prefix + f.Name + ".", underNullable || f.Field.Value.IsNullable),
            _ => Enumerable.Empty<CsvColumn>(),
        }).ToArray();

    /// <summary>The object-list fields at any depth, as (dotted field path, element schema): one table each.</summary>
    public IEnumerable<(string Path, CsvSchema Element)> ObjectLists(string prefix = "") =>
        Fields.SelectMany(f => f.Kind switch
        {
            CsvFieldKind.ObjectList => f.Element!.ObjectLists(prefix + f.Name + ".").Prepend((prefix + f.Name, f.Element!)),
            CsvFieldKind.Object => f.Element!.ObjectLists(prefix + f.Name + "."),
            _ => [],
        });

    private static bool IsCitation(RecordTypeMetadata type) => type.Type == typeof(Citation);
}
