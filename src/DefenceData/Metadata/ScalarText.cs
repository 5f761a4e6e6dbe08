using System.Globalization;

namespace DefenceData.Metadata;

/// <summary>
/// The one place a scalar value becomes text, by its kind: text as is, numbers invariant (round-trip
/// for doubles), booleans <c>true</c>/<c>false</c>, enums kebab-case, dates <c>2025-07-23</c>. The
/// JSON export writes numbers and booleans natively and every other scalar through this; CSV, Parquet
/// and the site write every scalar through it.
/// </summary>
public static class ScalarText
{
    /// <summary>The text of a scalar value.</summary>
    /// <param name="value">The value (not <see langword="null"/>).</param>
    /// <param name="shape">Its shape (a scalar kind).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The shape is an object or a list.</exception>
    public static string Of(object value, ValueMetadata shape)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(shape);
        return shape.Kind switch
        {
            ValueKind.Text => (string)value,
            ValueKind.Boolean => (bool)value ? "true" : "false",
            ValueKind.Int32 => ((int)value).ToString(CultureInfo.InvariantCulture),
            ValueKind.Int64 => ((long)value).ToString(CultureInfo.InvariantCulture),
            ValueKind.Double => ((double)value).ToString("R", CultureInfo.InvariantCulture),
            ValueKind.Decimal => ((decimal)value).ToString(CultureInfo.InvariantCulture),
            ValueKind.Enum => shape.Enum!.TextOf(value),
            ValueKind.Date => ((PartialDate)value).ToString(),
            _ => throw new ArgumentException($"A {shape.Kind} value is not a scalar.", nameof(shape)),
        };
    }
}
