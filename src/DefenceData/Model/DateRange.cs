namespace DefenceData;

/// <summary>How sure it is that something happened on a day or within a period.</summary>
/// <remarks>The values are ordered: <c>match &gt;= DateMatch.Possibly</c> keeps the possible and the certain.</remarks>
public enum DateMatch
{
    /// <summary>It did not happen then, as far as the dates say.</summary>
    No,

    /// <summary>It may have happened then: the dates are not precise enough to say.</summary>
    Possibly,

    /// <summary>It happened then, whichever days the dates' precision allows.</summary>
    Certainly,
}

/// <summary>What the days from <see cref="DateRange.First"/> to <see cref="DateRange.Last"/> mean.</summary>
public enum DateRangeKind
{
    /// <summary>Every day from the first to the last: a visit on 22–23 July 2025. A single date is a span of its one day.</summary>
    Span,

    /// <summary>One day from the first to the last, not known which: a meeting "during the visit" of 22–23 July.</summary>
    OneDayWithin,
}

/// <summary>
/// When something happened, as its dates give it: a <see cref="DateRangeKind.Span"/> of days, or
/// <see cref="DateRangeKind.OneDayWithin"/> a range, not known which. Each end is a <see cref="PartialDate"/>,
/// so it is itself known only to its precision.
/// </summary>
/// <remarks>
/// "On 22 July?" is <see cref="DateMatch.Certainly"/> for a span only when 22 July lies within the span
/// however its imprecise ends fall, and never for one unknown day of several; it is
/// <see cref="DateMatch.Possibly"/> when 22 July is one of the days the dates allow.
/// </remarks>
public readonly record struct DateRange
{
    /// <summary>Creates a range from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first day (a span) or the earliest it can be (one day within).</param>
    /// <param name="last">The last day (a span) or the latest it can be (one day within).</param>
    /// <param name="kind">Whether every day is meant or one day, not known which.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> ends before <paramref name="first"/> begins.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="DateRangeKind"/>.</exception>
    public DateRange(PartialDate first, PartialDate last, DateRangeKind kind)
    {
        if (last.End < first.Start)
        {
            throw new ArgumentException($"The range ends ({last}) before it begins ({first}).", nameof(last));
        }

        if (kind is not (DateRangeKind.Span or DateRangeKind.OneDayWithin))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a DateRangeKind.");
        }

        First = first;
        Last = last;
        Kind = kind;
    }

    /// <summary>The first day (a span) or the earliest it can be (one day within).</summary>
    public PartialDate First { get; }

    /// <summary>The last day (a span) or the latest it can be (one day within).</summary>
    public PartialDate Last { get; }

    /// <summary>Whether every day is meant or one day, not known which.</summary>
    public DateRangeKind Kind { get; }

    /// <summary>The earliest day the range can include.</summary>
    public DateOnly Earliest => First.Start;

    /// <summary>The latest day the range can include.</summary>
    public DateOnly Latest => Last.End;

    /// <summary>Whether it happened on <paramref name="day"/>.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>How sure that is (the remarks of <see cref="DateRange"/>).</returns>
    public DateMatch OccursOn(DateOnly day) => OccursWithin(day, day);

    /// <summary>Whether it happened within the period a date stands for: <c>2025-07</c> asks about July 2025.</summary>
    /// <param name="period">The period asked about.</param>
    /// <returns>How sure that is.</returns>
    public DateMatch OccursIn(PartialDate period) => OccursWithin(period.Start, period.End);

    /// <summary>Whether it happened on at least one day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first day of the period asked about.</param>
    /// <param name="last">The last day of the period asked about.</param>
    /// <returns>
    /// <see cref="DateMatch.Certainly"/> when every reading of the dates puts a day of it in the period;
    /// <see cref="DateMatch.Possibly"/> when some reading does; else <see cref="DateMatch.No"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public DateMatch OccursWithin(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The period ends ({last:yyyy-MM-dd}) before it begins ({first:yyyy-MM-dd}).", nameof(last));
        }

        if (Latest < first || last < Earliest)
        {
            return DateMatch.No;
        }

        return IsCertainlyWithin(first, last) ? DateMatch.Certainly : DateMatch.Possibly;
    }

    /// <summary>Whether the two can share a day: some reading of each puts them on a common day.</summary>
    /// <param name="other">The range asked about.</param>
    /// <returns><see langword="true"/> when their days from earliest to latest meet.</returns>
    public bool Overlaps(DateRange other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Whether every day the range can include lies from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first day of the period.</param>
    /// <param name="last">The last day of the period.</param>
    /// <returns><see langword="true"/> when the period holds the whole range, however its ends fall.</returns>
    public bool IsWithin(DateOnly first, DateOnly last) => first <= Earliest && Latest <= last;

    /// <summary>
    /// The range in Extended Date/Time Format (ISO 8601-2) notation: a span as <c>2025-07-22/2025-07-23</c>
    /// (a single date as itself), one day within as <c>[2025-07-22..2025-07-23]</c>.
    /// </summary>
    /// <returns>The invariant text of the range.</returns>
    public override string ToString() => Kind == DateRangeKind.Span
        ? (First == Last ? First.ToString() : $"{First}/{Last}")
        : $"[{First}..{Last}]";

    private bool IsCertainlyWithin(DateOnly first, DateOnly last)
    {
        if (Kind == DateRangeKind.OneDayWithin)
        {
            return IsWithin(first, last); // The one day may be any of them: all must be in the period.
        }

        // A span covers every day from its start to its end, each known only to its precision. It surely
        // reaches the period when even its earliest possible end is not before it and its latest
        // possible start is not after it.
        var earliestEnd = Max(Last.Start, First.Start);
        var latestStart = Min(First.End, Last.End);
        return earliestEnd >= first && latestStart <= last;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
