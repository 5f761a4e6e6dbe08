using System.Globalization;

namespace DefenceData.Cli.Site;

/// <summary>Dates as a reader reads them, at the precision they are known: "23 July 2025", "July 2025", "1992", "22–23 July 2025".</summary>
internal static class DateText
{
    /// <summary>A date at its precision.</summary>
    public static string Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A span from one date to another, sharing the month and year where both are days of the same month.</summary>
    public static string Span(PartialDate start, PartialDate end) =>
        start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year && start.Month == end.Month
            ? string.Create(CultureInfo.InvariantCulture, $"{start.Day}–{Of(end)}")
            : $"{Of(start)} – {Of(end)}";

    /// <summary>One day of a range, not known which: "one day in 22–23 July 2025".</summary>
    public static string OneDayIn(PartialDate earliest, PartialDate latest) => "one day in " + Span(earliest, latest);

    /// <summary>What the precision means, for a reader: "known to the day".</summary>
    public static string Precision(PartialDate date) => "known to the " + date.Precision.ToString().ToLowerInvariant();
}
