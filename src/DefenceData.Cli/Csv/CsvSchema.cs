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

    /// <summary>The column names of a row of this type: scalars, and nested objects' scalars as <c>field.sub</c>.</summary>
    public IEnumerable<string> Columns(string prefix = "") =>
        Fields.SelectMany(f => f.Kind switch
        {
            CsvFieldKind.Scalar => [prefix + f.Name],
            CsvFieldKind.Object => f.Element!.Columns(prefix + f.Name + "."),
            _ => Enumerable.Empty<string>(),
        });

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

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
            || type == typeof(PartialDate) || type == typeof(DateOnly);
    }
}
