using System.Reflection;
using System.Text.Json;
using DefenceData.Annotations;

namespace DefenceData.Cli.Csv;

/// <summary>The kind of value in a column, read from the property's type: what Table Schema and Parquet type it gets.</summary>
internal enum CsvValueKind
{
    /// <summary>Text, written as is (ids and codes such as <c>cameoCode</c> too, so <c>040</c> keeps its zero).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with a fraction.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A date known to the year, month or day: <c>2025</c>, <c>2025-07</c>, <c>2025-07-23</c>.</summary>
    PartialDate,

    /// <summary>A full calendar date.</summary>
    Date,

    /// <summary>One of an enum's values, in kebab-case.</summary>
    Enum,
}

/// <summary>
/// One column of an export table: its name, the kind of value, whether a value is always present,
/// the collection its ids refer to (for a <see cref="ReferenceAttribute"/> property) and, for an
/// enum, its values. Read from the record types, so the CSV, Data Package and Parquet exports
/// always describe the same columns.
/// </summary>
internal sealed record CsvColumn(string Name, CsvValueKind Kind, Type ClrType, bool Required, string? References, IReadOnlyList<string> EnumValues)
{
    private static readonly NullabilityInfoContext s_nullability = new();

    /// <summary>A column of text that is always present (a key of a link table).</summary>
    public static CsvColumn Key(string name, string? references = null) => new(name, CsvValueKind.Text, typeof(string), true, references, []);

    /// <summary>The column of a scalar property.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="property">The property.</param>
    /// <param name="underNullable">Whether the property is inside an object that may be absent.</param>
    /// <param name="collectionOf">The export name of the collection of a record type, for references.</param>
    public static CsvColumn For(string name, PropertyInfo property, bool underNullable, Func<Type, string?> collectionOf)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var required = !underNullable && s_nullability.Create(property).WriteState == NullabilityState.NotNull;
        var references = property.GetCustomAttribute<ReferenceAttribute>() is { } reference ? collectionOf(reference.TargetType) : null;
        return new CsvColumn(name, KindOf(type), type, required, references, type.IsEnum ? EnumValuesOf(type) : []);
    }

    /// <summary>The kind of value of a scalar type.</summary>
    public static CsvValueKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? CsvValueKind.Text
            : type == typeof(bool) ? CsvValueKind.Boolean
            : type.IsEnum ? CsvValueKind.Enum
            : type == typeof(PartialDate) ? CsvValueKind.PartialDate
            : type == typeof(DateOnly) ? CsvValueKind.Date
            : type == typeof(float) || type == typeof(double) || type == typeof(decimal) ? CsvValueKind.Number
            : type.IsPrimitive ? CsvValueKind.Integer
            : CsvValueKind.Text;
    }

    /// <summary>An enum's values as they are written: kebab-case, in declaration order.</summary>
    public static IReadOnlyList<string> EnumValuesOf(Type type) =>
        Enum.GetNames(type).Select(DataNames.EnumMembers.ConvertName).ToArray();
}
