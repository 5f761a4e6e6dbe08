namespace DefenceData.Generators.Binding;

/// <summary>
/// The generator's copy of <c>DefenceData.PartialDate</c>'s parse rules (the generator cannot
/// reference the package it compiles): yyyy, yyyy-MM or yyyy-MM-dd of a real calendar day.
/// </summary>
internal static class PartialDates
{
    public static bool TryParse(string text, out int year, out int? month, out int? day)
    {
        year = 0;
        month = null;
        day = null;
        if (text.Length is not (4 or 7 or 10) || !Digits(text, 0, 4, out year) || year < 1)
        {
            return false;
        }

        if (text.Length >= 7)
        {
            if (text[4] != '-' || !Digits(text, 5, 2, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !Digits(text, 8, 2, out var d) || d < 1 || d > System.DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        return true;
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    /// <summary>The first day a partial date can stand for, as a yyyymmdd number (a year is its 1 January).</summary>
    public static int FirstDay(BoundDate date) => date.Year * 10000 + (date.Month ?? 1) * 100 + (date.Day ?? 1);

    /// <summary>
    /// The last day a partial date can stand for, as a yyyymmdd number; day 31 stands for a month's
    /// last day, which orders the same (after each of its days, before the next month's first).
    /// </summary>
    public static int LastDay(BoundDate date) => date.Year * 10000 + (date.Month ?? 12) * 100 + (date.Day ?? 31);

    /// <summary>The date as YAML writes it: <c>2025</c>, <c>2025-07</c> or <c>2025-07-23</c>.</summary>
    public static string Text(BoundDate date) =>
        date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        + (date.Month is { } m ? "-" + m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : "")
        + (date.Day is { } d ? "-" + d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : "");
}
