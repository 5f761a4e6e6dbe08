using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>
/// One column of an export table: its name, the shape of its values (from the generated metadata;
/// text for the key columns of link tables), whether a value is always present and the collection
/// its ids refer to. The CSV, Data Package and Parquet exports all read columns from here, so they
/// always describe the same columns.
/// </summary>
internal sealed record CsvColumn(string Name, ValueMetadata Value, bool Required, string? References)
{
    private static readonly ValueMetadata s_text = new(ValueKind.Text, typeof(string), isNullable: false, @enum: null, @object: null, element: null, pattern: null);
    private static readonly ValueMetadata s_index = new(ValueKind.Int32, typeof(int), isNullable: false, @enum: null, @object: null, element: null, pattern: null);

    /// <summary>The kind of value in the column.</summary>
    public ValueKind Kind => Value.Kind;

    /// <summary>A column of text that is always present (a key of a link table).</summary>
    public static CsvColumn Key(string name, string? references = null) => new(name, s_text, true, references);

    /// <summary>The whole-number column of a list item's position.</summary>
    public static CsvColumn Index(string name) => new(name, s_index, true, null);

    /// <summary>The column of a scalar field.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="field">The field.</param>
    /// <param name="underNullable">Whether the field is inside an object that may be absent.</param>
    /// <param name="collectionOf">The export name of the collection of a record type, for references.</param>
    public static CsvColumn For(string name, FieldMetadata field, bool underNullable, Func<Type, string?> collectionOf) =>
        new(name, field.Value, !underNullable && !field.Value.IsNullable, field.ReferenceTarget is { } target ? collectionOf(target) : null);

    /// <summary>An enum column's values as they are written (kebab-case, in declaration order); empty for other kinds.</summary>
    public IReadOnlyList<string> EnumValues => Value.Enum?.Members.Select(m => m.Text).ToArray() ?? [];
}
