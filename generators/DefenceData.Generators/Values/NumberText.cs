using System.Globalization;
using System.Linq;

namespace DefenceData.Generators.Values;

/// <summary>Whether a scalar's text reads as a number, to tell a quoted or out-of-range number from other text.</summary>
internal static class NumberText
{
    /// <summary>An optional sign and at least one digit, of any length.</summary>
    public static bool IsWholeNumber(string text)
    {
        var digits = text.Length > 0 && text[0] is '-' or '+' ? text.Substring(1) : text;
        return digits.Length > 0 && digits.All(c => c is >= '0' and <= '9');
    }

    /// <summary>A whole number, or an invariant floating-point form written with digits (so not <c>Infinity</c> or <c>NaN</c>; <c>1e999</c> is one, out of range).</summary>
    public static bool IsNumber(string text) =>
        IsWholeNumber(text) || text.Any(c => c is >= '0' and <= '9') && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
