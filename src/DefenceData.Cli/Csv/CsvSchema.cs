using System.Reflection;

namespace DefenceData.Cli.Csv;

/// <summary>How one property of a record type goes into CSV.</summary>
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

/// <summary>One data property of a record type and how it is written.</summary>
internal sealed record CsvField(PropertyInfo Property, string Name, CsvFieldKind Kind, CsvSchema? Element);

/// <summary>
/// The CSV shape of a record type, read by reflection: its data properties (navigation
/// properties skipped) in declaration order, each classified by <see cref="CsvFieldKind"/>.
/// </summary>
internal sealed record CsvSchema(Type Type, IReadOnlyList<CsvField> Fields)
{
    private const int MaxDepth = 8;

    public static CsvSchema For(Type type, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"'{type.Name}' nests deeper than {MaxDepth} levels.");
        }

        var fields = new List<CsvField>();
        foreach (var property in RecordWalker.DataProperties(type))
        {
            var name = RecordWalker.KeyOf(property);
            var t = property.PropertyType;
            fields.Add(IsScalar(t) ? new CsvField(property, name, CsvFieldKind.Scalar, null)
                : t == typeof(Citation) ? new CsvField(property, name, CsvFieldKind.Citation, null)
                : ElementType(t) is { } element
                    ? element == typeof(Citation) ? new CsvField(property, name, CsvFieldKind.CitationList, null)
                    : IsScalar(element) ? new CsvField(property, name, CsvFieldKind.ScalarList, null)
                    : new CsvField(property, name, CsvFieldKind.ObjectList, For(element, depth + 1))
                : new CsvField(property, name, CsvFieldKind.Object, For(t, depth + 1)));
        }

        return new CsvSchema(type, fields);
    }

    /// <summary>The columns of a row of this type, typed: scalars, and nested objects' scalars as <c>field.sub</c>.</summary>
    /// <param name="collectionOf">The export name of the collection of a record type, for the columns that refer to one.</param>
    /// <param name="prefix">The column name prefix of a nested object.</param>
    /// <param name="underNullable">Whether this object may itself be absent (then none of its columns is required).</param>
    public IReadOnlyList<CsvColumn> TypedColumns(Func<Type, string?> collectionOf, string prefix = "", bool underNullable = false) =>
        Fields.SelectMany(f => f.Kind switch
        {
            CsvFieldKind.Scalar => [CsvColumn.For(prefix + f.Name, f.Property, underNullable, collectionOf)],
            CsvFieldKind.Object => f.Element!.TypedColumns(collectionOf, prefix + f.Name + ".", underNullable || IsNullable(f.Property)),
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

    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static bool IsNullable(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).WriteState != NullabilityState.NotNull;

    /// <summary>Whether values of the type are one cell: text, numbers, booleans, enums, dates.</summary>
    public static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
            || type == typeof(PartialDate) || type == typeof(DateOnly);
    }
}
