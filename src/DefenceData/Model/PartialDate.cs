using System.Globalization;

namespace DefenceData;

/// <summary>
/// A calendar date known to the year, the month or the day, as its source gives it:
/// <c>2025</c>, <c>2025-07</c> or <c>2025-07-23</c>.
/// </summary>
/// <remarks>
/// A date stands for one day that is known only as precisely as its source gives it: <c>2025-07</c> is
/// some day in July 2025, <see cref="Start"/> to <see cref="End"/>. The interval questions
/// (<see cref="Contains(PartialDate)"/>, <see cref="Overlaps"/>, <see cref="IsPossiblyOn"/>,
/// <see cref="IsCertainlyOn"/>) are about those days; the operators and <see cref="CompareTo(PartialDate)"/>
/// are a sort order, not a claim about which day came first.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>, IComparable
{
    /// <summary>Creates a date known to the year, month or day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month 1 to 12, or <see langword="null"/> when only the year is known.</param>
    /// <param name="day">The day of the month, or <see langword="null"/> when not known; needs <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real calendar date.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be 1 to 9999.");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day must be a day of the given month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month 1 to 12, or <see langword="null"/> when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <see langword="null"/> when not known.</summary>
    public int? Day { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can stand for (1 January for a year, the 1st for a month).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can stand for (31 December for a year, the month's last day for a month).</summary>
    public DateOnly End => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    /// <summary>The date of a known day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>A date known to the day.</returns>
    public static PartialDate FromDateOnly(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>Whether the date is known to the day and is <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns><see langword="true"/> only for a day-precise date of that day: <c>2025-07</c> is never certainly on 22 July.</returns>
    public bool IsCertainlyOn(DateOnly day) => Day is not null && Start == day;

    /// <summary>Whether <paramref name="day"/> is one of the days the date can stand for.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns><see langword="true"/> when <paramref name="day"/> lies from <see cref="Start"/> to <see cref="End"/>: <c>2025-07</c> is possibly on 22 July.</returns>
    public bool IsPossiblyOn(DateOnly day) => Start <= day && day <= End;

    /// <summary>Whether every day <paramref name="other"/> can stand for is one this date can stand for.</summary>
    /// <param name="other">The date asked about.</param>
    /// <returns><see langword="true"/> when <c>2025</c> is asked about <c>2025-07</c> or <c>2025-07-22</c>, or a date about itself; <see langword="false"/> the other way round.</returns>
    public bool Contains(PartialDate other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether the two dates can stand for a common day.</summary>
    /// <param name="other">The date asked about.</param>
    /// <returns><see langword="true"/> when their days from <see cref="Start"/> to <see cref="End"/> share at least one day.</returns>
    public bool Overlaps(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, invariantly.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, invariantly.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether the text is such a date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        int? month = null, day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !TryDigits(text, 5, 2, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !TryDigits(text, 8, 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// Orders by start day, then the less precise first: <c>2025</c> &lt; <c>2025-01</c> &lt; <c>2025-01-01</c>
    /// &lt; <c>2025-07</c> &lt; <c>2025-07-22</c>. Zero exactly when the dates are equal.
    /// </summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares with another <see cref="PartialDate"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">The date to compare with, or <see langword="null"/>.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (<see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (<see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (<see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (<see cref="CompareTo(PartialDate)"/>).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The invariant text of the date.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
