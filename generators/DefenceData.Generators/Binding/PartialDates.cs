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
}
