using DefenceData.Metadata;

namespace DefenceData.Cli.Csv;

/// <summary>
/// The one place a kind of value becomes a typed table's type: its Table Schema type in
/// <c>datapackage.json</c> and its CLR type in the Parquet files (CSV cells are text: <see cref="ScalarText"/>).
/// </summary>
internal static class ColumnTypes
{
    /// <summary>The Table Schema field type: whole numbers <c>integer</c>, other numbers <c>number</c>, booleans, and text for the rest (dates, enums and codes keep their text).</summary>
    public static string TableSchemaType(ValueKind kind) => kind switch
    {
        ValueKind.Int32 or ValueKind.Int64 => "integer",
        ValueKind.Double or ValueKind.Decimal => "number",
        ValueKind.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>The Parquet column's CLR type: INT32, INT64, DOUBLE (decimals too), BOOLEAN, else a UTF-8 string.</summary>
    public static Type ParquetType(ValueKind kind) => kind switch
    {
        ValueKind.Int32 => typeof(int),
        ValueKind.Int64 => typeof(long),
        ValueKind.Double or ValueKind.Decimal => typeof(double),
        ValueKind.Boolean => typeof(bool),
        _ => typeof(string),
    };
}
