using System.Globalization;

namespace DefenceData.Testing;

/// <summary>Runs code under another current culture, for tests of output that must not depend on it.</summary>
public static class Cultures
{
    /// <summary>Cultures whose conventions break culture-sensitive code: dotless i, comma decimals and U+2212 minus, non-Gregorian calendars.</summary>
    public static TheoryData<string> Unusual() => new("tr-TR", "fi-FI", "ar-SA", "th-TH");

    /// <summary>The result of <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static T In<T>(string culture, Func<T> action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
